package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * The {@code corenlp} pipeline with fine-grained NER ({@code ner.applyFineGrained=true}, ~26 s to load, ~4.7 GB):
 * its labels are mapped back to the gold types, and the known pitfall (punctuation tagged LOCATION) never reaches
 * the output.
 *
 * <p>No text tried (the corpus, and probes with dashes, slashes, bullets and wire datelines, coarse and fine-grained)
 * made CoreNLP 4.5.10 tag a mention without a letter or digit: on the corpus {@code filter.letterless} counts zero,
 * so turning it off changes nothing there; {@code CoreNlpMentionFilterKeysTest} shows what it drops when it fires.
 */
class CoreNlpFineGrainedNerTest {

    private static CoreNlpEntityAnnotator annotator;

    @BeforeAll
    static void loadPipeline() throws Exception {
        annotator = (CoreNlpEntityAnnotator) new CoreNlpEntityProvider()
                .create(ProviderConfiguration.of(java.util.Map.of("ner.applyFineGrained", "true")));
    }

    @Test
    void fineGrainedLabelsAreMappedAndTheLetterlessFilterFindsNothingToDrop() throws Exception {
        List<EntityMention> all = new ArrayList<>();
        for (Document document : CorpusText.all()) {
            for (EntityMention mention : annotator.annotateEntities(document)) {
                assertThat(document.offsets().slice(mention.span())).isEqualTo(mention.text());
                assertThat(mention.text().codePoints().anyMatch(Character::isLetterOrDigit))
                        .as("mention '%s' has a letter or digit", mention.text()).isTrue();
                all.add(mention);
            }
        }
        assertThat(all).extracting(EntityMention::type).isSubsetOf(Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC"))
                .contains("PERSON", "LOCATION", "MISC");
        // COUNTRY -> LOCATION, NATIONALITY -> MISC; TITLE and CAUSE_OF_DEATH are dropped and counted.
        assertThat(all).extracting(EntityMention::text, EntityMention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Mali", "LOCATION"),
                        org.assertj.core.groups.Tuple.tuple("Malian", "MISC"));
        assertThat(annotator.diagnostics().droppedLabels()).containsKeys("TITLE", "IDEOLOGY");
        assertThat(all).extracting(EntityMention::text).contains("Niger", "Ukrainian").doesNotContain("separatist");
        assertThat(annotator.diagnostics().notes())
                .contains("filter.letterless=true: 0 mention(s) without a letter or digit dropped");
        System.out.println("fine-grained diagnostics: " + annotator.diagnostics());
    }
}
