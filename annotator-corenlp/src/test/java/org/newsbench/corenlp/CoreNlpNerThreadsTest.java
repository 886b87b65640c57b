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

    /**
     * On {@code corenlp-3class}: {@code pipeline.ner.nthreads} goes to the same {@code NERCombinerAnnotator} whatever
     * the models, and a single CRF loads in under a second where the combined pipeline takes several; its one-thread
     * pipeline is the one {@link CoreNlpNerVariantsTest} loads.
     */
    @Test
    void twoNerThreadsStillProduceTheSameMentions() throws Exception {
        var oneThread = (CoreNlpEntityAnnotator) new CoreNlpThreeClassProvider().create(ProviderConfiguration.EMPTY);
        var twoThreads = (CoreNlpEntityAnnotator) new CoreNlpThreeClassProvider().create(
                ProviderConfiguration.of(Map.of("pipeline.ner.nthreads", "2")));
        for (Document document : CorpusText.all()) {
            List<EntityMention> threaded = twoThreads.annotateEntities(document);
            assertThat(threaded).as(document.id()).isNotEmpty().isEqualTo(oneThread.annotateEntities(document));
        }
    }
}
