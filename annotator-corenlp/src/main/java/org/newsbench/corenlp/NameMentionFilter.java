package org.newsbench.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Drops CoreNLP entity mentions that the annotation spec excludes, each kind behind its own configuration key
 * (defaults in the README): pronouns ({@value #PRONOUNS_KEY}; CoreNLP's entity mentions include "He"/"he" as PERSON,
 * from its coreference-style pronoun mentions) and mentions without a single letter or digit
 * ({@value #LETTERLESS_KEY}; fine-grained rules have tagged punctuation as LOCATION).
 *
 * @param dropPronouns   drop mentions whose tokens are all pronouns
 * @param dropLetterless drop mentions without a letter or digit
 */
record NameMentionFilter(boolean dropPronouns, boolean dropLetterless) {

    static final String PRONOUNS_KEY = "filter.pronouns";
    static final String LETTERLESS_KEY = "filter.letterless";
    static final Set<String> KEYS = Set.of(PRONOUNS_KEY, LETTERLESS_KEY);

    /** Why a mention is or is not a name. */
    enum Verdict { NAME, PRONOUN, NO_LETTER_OR_DIGIT }

    /** Penn Treebank tags of personal, possessive and wh- pronouns. */
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");
    /** A fallback for pronouns the tagger mis-tagged (e.g. a sentence-initial "He" tagged NNP). */
    private static final Set<String> PRONOUN_WORDS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he",
            "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their",
            "theirs", "himself", "herself", "itself", "themselves", "who", "whom", "whose");

    /** Both filters on: the defaults. */
    static NameMentionFilter from(ProviderConfiguration configuration) throws ProviderException {
        return new NameMentionFilter(configuration.getBoolean(PRONOUNS_KEY, true),
                configuration.getBoolean(LETTERLESS_KEY, true));
    }

    /** Whether a mention judged {@code verdict} is dropped under these settings. */
    boolean drops(Verdict verdict) {
        return switch (verdict) {
            case NAME -> false;
            case PRONOUN -> dropPronouns;
            case NO_LETTER_OR_DIGIT -> dropLetterless;
        };
    }

    static Verdict judge(String text, List<CoreLabel> tokens) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Verdict.NO_LETTER_OR_DIGIT;
        }
        boolean allPronouns = !tokens.isEmpty() && tokens.stream().allMatch(NameMentionFilter::isPronoun);
        return allPronouns ? Verdict.PRONOUN : Verdict.NAME;
    }

    private static boolean isPronoun(CoreLabel token) {
        String tag = token.tag();
        return (tag != null && PRONOUN_TAGS.contains(tag))
                || PRONOUN_WORDS.contains(token.word().toLowerCase(Locale.ROOT));
    }
}
