package org.newsbench.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Tells CoreNLP entity mentions that are names from those the annotation spec excludes: pronouns (CoreNLP's entity
 * mentions include "He"/"he" as PERSON, from its coreference-style pronoun mentions) and mentions without a single
 * letter or digit (fine-grained rules have tagged punctuation as LOCATION).
 */
final class NameMentionFilter {

    /** Why a mention is or is not kept. */
    enum Verdict { NAME, PRONOUN, NO_LETTER_OR_DIGIT }

    /** Penn Treebank tags of personal, possessive and wh- pronouns. */
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");
    /** A fallback for pronouns the tagger mis-tagged (e.g. a sentence-initial "He" tagged NNP). */
    private static final Set<String> PRONOUN_WORDS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he",
            "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their",
            "theirs", "himself", "herself", "itself", "themselves", "who", "whom", "whose");

    private NameMentionFilter() {
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
