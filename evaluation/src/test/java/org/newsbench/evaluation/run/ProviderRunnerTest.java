package org.newsbench.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;
import org.newsbench.api.spi.Availability;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldDescription;

class ProviderRunnerTest {

    private static final StanceTarget MALI = new StanceTarget("MALI", List.of("Mali"));
    private static final List<Document> DOCUMENTS = List.of(
            new Document("a", "Mali cut ties."), new Document("b", "Kiev replied."), new Document("c", "Mali spoke."));
    private static final GoldCorpus GOLD = new GoldCorpus(DOCUMENTS,
            List.of(new EntityMention("a", new Span(0, 4), "LOCATION", "Mali"),
                    new EntityMention("c", new Span(0, 4), "LOCATION", "Mali")),
            List.of(stance("a", 14), stance("b", 13), stance("c", 11)), List.of(MALI));
    private static final RunSettings SETTINGS = new RunSettings(2, 0, EnumSet.allOf(Task.class), Map.of());

    private static LabelledStance stance(String doc, int end) {
        return new LabelledStance(new StanceInstance(doc, new Span(0, end), MALI), StanceLabel.NONE, "");
    }

    private static ProviderRunner runner(AnnotationCache cache) {
        return new ProviderRunner(DOCUMENTS, GOLD, StanceQuestions.fromGold(GOLD), SETTINGS, cache,
                AnnotationProgress.SILENT);
    }

    private static DiscoveredProvider available(FakeProvider provider) {
        return new DiscoveredProvider(provider.descriptor().id(), provider, Availability.available());
    }

    /** Tags every "Mali" as LOCATION; throws on document b. */
    private static final class FailsOnB implements EntityAnnotator {
        @Override
        public List<EntityMention> annotateEntities(Document document) throws AnnotationException {
            if (document.id().equals("b")) {
                throw new IllegalStateException("backend exploded on b");
            }
            return document.text().startsWith("Mali")
                    ? List.of(new EntityMention(document.id(), new Span(0, 4), "LOCATION", "Mali")) : List.of();
        }
    }

    @Test
    void aDocumentThatThrowsIsRecordedAndTheOthersKeepTheirResults() {
        ProviderRun run = runner(AnnotationCache.disabled())
                .run(available(new FakeProvider("flaky", Set.of(Task.ENTITIES), false, FailsOnB::new)));

        assertThat(run.status()).isEqualTo(RunStatus.RAN);
        assertThat(run.failedDocuments()).containsOnlyKeys("b");
        assertThat(run.failedDocuments().get("b")).contains("backend exploded on b");
        assertThat(run.entities()).extracting(EntityMention::docId).containsExactly("a", "c");
        assertThat(run.reason()).isEqualTo("1 of 3 documents failed");
    }

    /**
     * Tags every "Mali" as LOCATION; on document b hangs until released, ignoring interrupts as a stuck native call or
     * busy loop would.
     */
    private static final class HangsOnB implements EntityAnnotator {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public List<EntityMention> annotateEntities(Document document) {
            while (document.id().equals("b") && release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
            return document.text().startsWith("Mali")
                    ? List.of(new EntityMention(document.id(), new Span(0, 4), "LOCATION", "Mali")) : List.of();
        }
    }

    @Test
    @Timeout(10) // without the limit this run would never end
    void aDocumentPastTheTimeLimitFailsWithTheTimeoutAndTheOthersGoOnOnAFreshThread() throws InterruptedException {
        HangsOnB annotator = new HangsOnB();
        // One thread: documents after b can only be annotated if the hung worker is abandoned.
        RunSettings oneSecond = new RunSettings(1, 0, EnumSet.of(Task.ENTITIES), Map.of(), Duration.ofSeconds(1));
        try {
            ProviderRun run = new ProviderRunner(DOCUMENTS, GOLD, StanceQuestions.fromGold(GOLD), oneSecond,
                    AnnotationCache.disabled(), AnnotationProgress.SILENT)
                    .run(available(new FakeProvider("hangs", Set.of(Task.ENTITIES), false, () -> annotator)));

            assertThat(run.status()).isEqualTo(RunStatus.RAN);
            assertThat(run.failedDocuments()).containsExactly(Map.entry("b", "timeout after 1 s"));
            assertThat(run.entities()).extracting(EntityMention::docId).containsExactly("a", "c");
            assertThat(annotator.interrupted.await(1, TimeUnit.SECONDS)).as("the hung thread was interrupted").isTrue();
        } finally {
            annotator.release.countDown();
        }
    }

    @Test
    void mentionWhoseTextDoesNotMatchTheDocumentFailsThatDocument() {
        EntityAnnotator wrongText = document -> List.of(
                new EntityMention(document.id(), new Span(0, 4), "LOCATION", "Kyiv"));
        ProviderRun run = runner(AnnotationCache.disabled())
                .run(available(new FakeProvider("liar", Set.of(Task.ENTITIES), false, () -> wrongText)));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedDocuments()).hasSize(3);
        assertThat(run.failedDocuments().get("a")).contains("'Kyiv'").contains("'Mali'");
    }

    @Test
    void providerThatCannotBeBuiltFailsWithItsReason() {
        FakeProvider broken = new FakeProvider("broken", Set.of(Task.ENTITIES), false, () -> {
            throw new IllegalStateException("model file missing: x.bin");
        });
        ProviderRun run = runner(AnnotationCache.disabled()).run(available(broken));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.reason()).contains("model file missing: x.bin");
    }

    @Test
    void unavailableProviderIsListedWithItsReasonAndNeverBuilt() {
        FakeProvider provider = new FakeProvider("absent", Set.of(Task.ENTITIES), false, FailsOnB::new);
        ProviderRun run = runner(AnnotationCache.disabled())
                .run(new DiscoveredProvider("absent", provider, Availability.unavailable("no models configured")));

        assertThat(run.status()).isEqualTo(RunStatus.UNAVAILABLE);
        assertThat(run.reason()).isEqualTo("no models configured");
        assertThat(provider.created).hasValue(0);
    }

    @Test
    void providerOfATaskNotSelectedIsNotApplicableAndNeverBuilt() {
        FakeProvider provider = new FakeProvider("entities-only", Set.of(Task.ENTITIES), false, FailsOnB::new);
        RunSettings stanceOnly = new RunSettings(2, 0, EnumSet.of(Task.STANCE), Map.of());
        ProviderRun run = new ProviderRunner(DOCUMENTS, GOLD, StanceQuestions.fromGold(GOLD), stanceOnly,
                AnnotationCache.disabled(), AnnotationProgress.SILENT).run(available(provider));

        assertThat(run.status()).isEqualTo(RunStatus.NOT_APPLICABLE);
        assertThat(run.status().label()).isEqualTo("not applicable");
        assertThat(provider.created).hasValue(0);
    }

    /** Records what each fit saw, and predicts AGAINST only if it was trained on document a. */
    private static final class RecordingTrainable implements StanceAnnotator, Trainable {
        final List<Set<String>> fits = Collections.synchronizedList(new ArrayList<>());
        private volatile Set<String> trainedOn = Set.of();

        @Override
        public void fit(TrainingSet trainingSet) {
            trainedOn = Set.copyOf(trainingSet.documents().stream().map(Document::id).toList());
            fits.add(trainedOn);
        }

        @Override
        public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances) {
            assertThat(trainedOn).doesNotContain(document.id());
            return instances.stream().map(i -> new StancePrediction(i, StanceLabel.NONE)).toList();
        }
    }

    @Test
    void trainableProviderIsFittedOncePerFoldWithoutItsHeldOutDocument() {
        RecordingTrainable annotator = new RecordingTrainable();
        ProviderRun run = runner(AnnotationCache.disabled())
                .run(available(new FakeProvider("cv", Set.of(Task.STANCE), true, () -> annotator)));

        assertThat(run.protocol()).isEqualTo(Protocol.CROSS_VALIDATION);
        assertThat(run.folds()).isEqualTo(3);
        assertThat(annotator.fits).containsExactly(Set.of("b", "c"), Set.of("a", "c"), Set.of("a", "b"));
        assertThat(run.stances()).hasSize(3);
        assertThat(run.failedDocuments()).isEmpty();
    }

    private static GoldCorpus trainingSet(String text) {
        Document document = new Document("train-1", text);
        return new GoldCorpus(List.of(document), List.of(), List.of(new LabelledStance(
                new StanceInstance("train-1", new Span(0, 4), MALI), StanceLabel.NONE, "")), List.of(MALI),
                new GoldDescription("conll", "train.conll", EnumSet.allOf(Task.class), List.of()));
    }

    private static ProviderRunner trainedOn(GoldCorpus trainingSet, AnnotationCache cache) {
        return ProviderRunner.withSeparateTrainingSet(DOCUMENTS, trainingSet, StanceQuestions.fromGold(GOLD), SETTINGS,
                cache, AnnotationProgress.SILENT, new LocalAnnotationEngine(SETTINGS.threads()));
    }

    @Test
    void separateTrainingSetFitsOnceOnAllOfItAndAnnotatesEveryDocument() {
        RecordingTrainable annotator = new RecordingTrainable();
        ProviderRun run = trainedOn(trainingSet("Mali"), AnnotationCache.disabled())
                .run(available(new FakeProvider("split", Set.of(Task.STANCE), true, () -> annotator)));

        assertThat(annotator.fits).containsExactly(Set.of("train-1"));
        assertThat(run.protocol()).isEqualTo(Protocol.TRAIN_TEST);
        assertThat(run.folds()).isZero();
        assertThat(run.protocolDescription()).isEqualTo("trained on train.conll (1 document)");
        assertThat(run.stances()).extracting(p -> p.instance().docId()).containsExactly("a", "b", "c");
    }

    @Test
    void anotherTrainingSetContentMissesTheCache(@TempDir Path cacheDir) {
        FakeProvider provider = new FakeProvider("split", Set.of(Task.STANCE), true, RecordingTrainable::new);
        trainedOn(trainingSet("Mali"), new AnnotationCache(cacheDir)).run(available(provider));

        ProviderRun same = trainedOn(trainingSet("Mali"), new AnnotationCache(cacheDir)).run(available(provider));
        ProviderRun changed = trainedOn(trainingSet("Mali!"), new AnnotationCache(cacheDir)).run(available(provider));

        assertThat(same.timing().cachedDocuments()).isEqualTo(3);
        assertThat(changed.timing().cachedDocuments()).isZero();
        assertThat(changed.timing().annotatedDocuments()).isEqualTo(3);
    }

    @Test
    void secondRunComesFromTheCacheWithoutBuildingTheAnnotator(@TempDir Path cacheDir) {
        FakeProvider provider = new FakeProvider("cached", Set.of(Task.ENTITIES), false, FailsOnB::new);
        ProviderRun first = runner(new AnnotationCache(cacheDir)).run(available(provider));
        assertThat(provider.created).hasValue(1);

        // b failed and was not cached, so the second run builds the annotator again for b alone.
        ProviderRun second = runner(new AnnotationCache(cacheDir)).run(available(provider));
        assertThat(provider.created).hasValue(2);
        assertThat(second.timing().cachedDocuments()).isEqualTo(2);
        assertThat(second.entities()).isEqualTo(first.entities());

        EntityAnnotator steady = document -> List.of();
        FakeProvider steadyProvider = new FakeProvider("steady", Set.of(Task.ENTITIES), false, () -> steady);
        runner(new AnnotationCache(cacheDir)).run(available(steadyProvider));
        ProviderRun fromCache = runner(new AnnotationCache(cacheDir)).run(available(steadyProvider));
        assertThat(steadyProvider.created).hasValue(1);
        assertThat(fromCache.timing().cachedDocuments()).isEqualTo(3);
    }

    /** Tags nothing and says it dropped one label per document it saw. */
    private static final class NoticingAnnotator implements EntityAnnotator {
        private final java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public List<EntityMention> annotateEntities(Document document) {
            seen.incrementAndGet();
            return List.of();
        }

        @Override
        public AnnotatorDiagnostics diagnostics() {
            return new AnnotatorDiagnostics(Map.of("DATE", seen.get()), List.of("saw " + seen.get() + " documents"));
        }
    }

    @Test
    void runAnsweredWhollyFromTheCacheReportsTheDiagnosticsOfTheRunThatAnnotated(@TempDir Path cacheDir) {
        FakeProvider provider = new FakeProvider("noticing", Set.of(Task.ENTITIES), false, NoticingAnnotator::new);
        ProviderRun first = runner(new AnnotationCache(cacheDir)).run(available(provider));
        ProviderRun second = runner(new AnnotationCache(cacheDir)).run(available(provider));

        assertThat(provider.created).hasValue(1);
        assertThat(first.diagnostics().droppedLabels()).containsExactly(Map.entry("DATE", 3L));
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    }

    @Test
    void partlyCachedRunSaysItsDiagnosticsCoverOnlyTheDocumentsItAnnotated(@TempDir Path cacheDir) {
        FakeProvider provider = new FakeProvider("partly", Set.of(Task.ENTITIES), false, FailsOnB::new);
        runner(new AnnotationCache(cacheDir)).run(available(provider));
        ProviderRun second = runner(new AnnotationCache(cacheDir)).run(available(provider));

        assertThat(second.diagnostics().notes()).containsExactly(
                "these diagnostics cover the 1 document(s) annotated in this run; 2 came from the annotation cache");
    }

    @Test
    void wrongNumberOfStancePredictionsFailsTheDocument() {
        StanceAnnotator silent = (document, instances) -> List.of();
        ProviderRun run = runner(AnnotationCache.disabled())
                .run(available(new FakeProvider("silent", Set.of(Task.STANCE), false, () -> silent)));

        assertThat(run.failedDocuments().get("a")).contains("0 stance predictions for 1 questions");
    }

    /** Tags every "Mali" as LOCATION and answers NONE to each question; splits no sentences, as an external program. */
    private static final class TagsMaliWithoutSentences implements EntityAnnotator, StanceAnnotator {
        @Override
        public List<EntityMention> annotateEntities(Document document) {
            return document.text().startsWith("Mali")
                    ? List.of(new EntityMention(document.id(), new Span(0, 4), "LOCATION", "Mali")) : List.of();
        }

        @Override
        public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances) {
            return instances.stream().map(instance -> new StancePrediction(instance, StanceLabel.NONE)).toList();
        }
    }

    @Test
    void withoutTargetsAProviderThatSplitsNoSentencesKeepsItsEntitiesAndIsAskedNoStance() {
        ProviderRun run = new ProviderRunner(DOCUMENTS, null, StanceQuestions.fromBackendSentences(List.of()),
                SETTINGS, AnnotationCache.disabled(), AnnotationProgress.SILENT)
                .run(available(new FakeProvider("no-splitter", EnumSet.allOf(Task.class), false,
                        TagsMaliWithoutSentences::new)));

        assertThat(run.status()).isEqualTo(RunStatus.RAN);
        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.entities()).extracting(EntityMention::docId).containsExactly("a", "c");
        assertThat(run.stances()).isEmpty();
    }

    @Test
    void foldsAreTheSameForEveryProviderAndCoverEachDocumentOnce() {
        List<Fold> folds = CrossValidationFolds.split(List.of("d", "a", "c", "b", "e"), 2);
        assertThat(folds).extracting(Fold::testDocIds).containsExactly(Set.of("a", "c", "e"), Set.of("b", "d"));
        assertThat(CrossValidationFolds.split(List.of("b", "a"), 0)).hasSize(2);
    }
}
