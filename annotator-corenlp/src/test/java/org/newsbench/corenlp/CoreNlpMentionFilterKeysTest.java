package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * {@code filter.pronouns}, off and on, on real text with the real pipeline (shared with the other test classes), and
 * what {@code filter.letterless} drops when it fires (on the corpus it never does: {@code CoreNlpFineGrainedNerTest}).
 */
class CoreNlpMentionFilterKeysTest {

    private static CoreNlpEntityAnnotator annotator(Map<String, String> keys) throws ProviderException {
        return (CoreNlpEntityAnnotator) new CoreNlpEntityProvider().create(ProviderConfiguration.of(keys));
    }

    @Test
    void pronounsAreKeptWithTheFilterOffAndDroppedAndCountedWithItOn() throws Exception {
        Document document = new Document("pronoun", "Andriy Yusov spoke in Kiev. He said he would return.");
        CoreNlpEntityAnnotator off = annotator(Map.of("filter.pronouns", "false"));
        CoreNlpEntityAnnotator on = annotator(Map.of());

        List<EntityMention> kept = off.annotateEntities(document);
        long pronouns = kept.stream().filter(m -> m.text().equalsIgnoreCase("he")).count();
        assertThat(kept).extracting(EntityMention::text, EntityMention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("He", "PERSON"));
        assertThat(on.annotateEntities(document)).extracting(EntityMention::text)
                .contains("Andriy Yusov").doesNotContain("He", "he");
        assertThat(on.diagnostics().notes())
                .contains("filter.pronouns=true: " + pronouns + " pronoun mention(s) dropped (the spec annotates names only)");
        assertThat(off.diagnostics().notes())
                .contains("filter.pronouns=false: 0 pronoun mention(s) dropped (the spec annotates names only)");
    }

    @Test
    void theLetterlessVerdictIsDroppedOnlyWhenTheKeyIsOn() throws ProviderException {
        CoreLabel dash = CoreLabel.wordFromString("\u2014");
        NameMentionFilter.Verdict verdict = NameMentionFilter.judge("\u2014", List.of(dash));
        assertThat(verdict).isEqualTo(NameMentionFilter.Verdict.NO_LETTER_OR_DIGIT);
        assertThat(NameMentionFilter.from(ProviderConfiguration.EMPTY).drops(verdict)).isTrue();
        assertThat(NameMentionFilter.from(ProviderConfiguration.of(Map.of("filter.letterless", "false")))
                .drops(verdict)).isFalse();
    }

    @Test
    void coreNlpsOwnLabelIsKeptBesideTheMappedType() throws Exception {
        Document document = new Document("countries", "Mali cut ties with Ukraine; Malian troops left Kidal.");
        List<EntityMention> fine = annotator(Map.of("ner.applyFineGrained", "true")).annotateEntities(document);
        assertThat(fine).extracting(EntityMention::text, EntityMention::type, EntityMention::sourceLabel)
                .contains(org.assertj.core.groups.Tuple.tuple("Mali", "LOCATION", "COUNTRY"),
                        org.assertj.core.groups.Tuple.tuple("Malian", "MISC", "NATIONALITY"));
    }

    @Test
    void aFilterKeyThatIsNotABooleanIsRejected() {
        assertThatThrownBy(() -> annotator(Map.of("filter.pronouns", "some")))
                .isInstanceOf(ProviderException.class).hasMessageContaining("filter.pronouns");
    }
}
