package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * {@code ner.nthreads} has produced all-O output in some CoreNLP versions: with two NER threads, mentions must still
 * come out, and the same ones as with one.
 */
class CoreNlpNerThreadsTest {

    @Test
    void twoNerThreadsStillProduceTheSameMentions() throws Exception {
        // Coarse NER: two fine-grained pipelines would not fit the test heap together.
        var oneThread = new CoreNlpEntityProvider().create(ProviderConfiguration.of(Map.of("ner.applyFineGrained", "false")));
        var twoThreads = new CoreNlpEntityProvider().create(ProviderConfiguration.of(
                Map.of("ner.applyFineGrained", "false", "pipeline.ner.nthreads", "2")));
        for (Document document : CorpusText.all()) {
            List<EntityMention> threaded = ((CoreNlpEntityAnnotator) twoThreads).annotateEntities(document);
            assertThat(threaded).as(document.id()).isNotEmpty()
                    .isEqualTo(((CoreNlpEntityAnnotator) oneThread).annotateEntities(document));
        }
    }
}
