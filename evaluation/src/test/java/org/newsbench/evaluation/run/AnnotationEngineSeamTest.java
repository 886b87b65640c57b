package org.newsbench.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.Task;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;
import org.newsbench.api.spi.Availability;
import org.junit.jupiter.api.Test;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.discovery.EngineDiscovery;
import org.newsbench.evaluation.gold.GoldCorpus;

/** What the runner hands an engine, and what it does when an engine cannot take a fitted annotator. */
class AnnotationEngineSeamTest {

    private static final List<Document> DOCUMENTS = List.of(new Document("a", "Mali cut ties."),
            new Document("b", "Mali replied."));
    private static final GoldCorpus GOLD = new GoldCorpus(DOCUMENTS,
            List.of(new EntityMention("a", new Span(0, 4), "LOCATION", "Mali"),
                    new EntityMention("b", new Span(0, 4), "LOCATION", "Mali")), List.of(), List.of());
    private static final RunSettings SETTINGS = new RunSettings(1, 0, EnumSet.of(Task.ENTITIES), Map.of());

    /** Remembers the training documents' names and tags them again. */
    private static final class Memorizer implements EntityAnnotator, Trainable {
        private List<EntityMention> seen = List.of();

        @Override
        public void fit(TrainingSet trainingSet) {
            seen = trainingSet.entities();
        }

        @Override
        public List<EntityMention> annotateEntities(Document document) {
            return seen.stream().filter(m -> document.text().startsWith(m.text()))
                    .map(m -> new EntityMention(document.id(), m.span(), m.type(), m.text())).toList();
        }
    }

    /** An engine whose workers cannot take a fitted annotator; it records what it was handed. */
    private static final class RemoteOnlyEngine implements AnnotationEngine {
        final List<AnnotationWork> handed = new ArrayList<>();

        @Override
        public String name() {
            return "remote";
        }

        @Override
        public boolean acceptsFitted(Annotator fitted) {
            return false;
        }

        @Override
        public AnnotatorDiagnostics annotate(AnnotationWork work, DocumentOutcomes outcomes) {
            handed.add(work);
            work.jobs().forEach(job -> outcomes.failed(job, "remote engine ran"));
            return new AnnotatorDiagnostics(Map.of(), List.of("ran remotely"));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aPretrainedProviderGoesToTheEngineAsIdConfigurationAndJobsWithNoAnnotator() {
        RemoteOnlyEngine engine = new RemoteOnlyEngine();
        FakeProvider provider = new FakeProvider("pretrained", Set.of(Task.ENTITIES), false, Memorizer::new);

        ProviderRun run = new ProviderRunner(DOCUMENTS, GOLD, StanceQuestions.fromGold(GOLD), SETTINGS,
                AnnotationCache.disabled(), AnnotationProgress.SILENT, engine)
                .run(new DiscoveredProvider("pretrained", provider, Availability.available()));

        assertThat(provider.created).hasValue(0);
        assertThat(engine.handed).singleElement().satisfies(work -> {
            assertThat(work.providerId()).isEqualTo("pretrained");
            assertThat(work.fitted()).isEmpty();
            assertThat(work.jobs()).extracting(job -> job.document().id()).containsExactly("a", "b");
        });
        assertThat(run.failedDocuments()).containsEntry("a", "remote engine ran");
        assertThat(run.diagnostics().notes()).containsExactly("ran remotely");
    }

    @Test
    void aFittedAnnotatorTheEngineCannotTakeIsAnnotatedLocallyWithANote() {
        RemoteOnlyEngine engine = new RemoteOnlyEngine();

        ProviderRun run = new ProviderRunner(DOCUMENTS, GOLD, StanceQuestions.fromGold(GOLD), SETTINGS,
                AnnotationCache.disabled(), AnnotationProgress.SILENT, engine)
                .run(new DiscoveredProvider("memo", new FakeProvider("memo", Set.of(Task.ENTITIES), true,
                        Memorizer::new), Availability.available()));

        assertThat(engine.handed).isEmpty();
        assertThat(run.failedDocuments()).isEmpty();
        // Each held-out document is tagged by the annotator fitted on the other one's gold, here in this JVM.
        assertThat(run.entities()).containsExactly(new EntityMention("a", new Span(0, 4), "LOCATION", "Mali"),
                new EntityMention("b", new Span(0, 4), "LOCATION", "Mali"));
        assertThat(run.diagnostics().notes()).containsExactly(
                "the fitted state (Memorizer) cannot be sent to the remote engine: annotated on the local engine");
    }

    @Test
    void theLocalEngineIsFoundByServiceLoader() {
        assertThat(new EngineDiscovery().names()).contains("local");
    }
}
