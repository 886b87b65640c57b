package org.newsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.CorpusAnnotationRequest;
import org.newsbench.evaluation.run.CorpusAnnotationResult;
import org.newsbench.evaluation.run.DocumentTimeLimit;
import org.newsbench.evaluation.run.EngineOptions;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.StanceQuestions;

/**
 * A task whose first attempt dies (an {@link Error} from the backend, which no document catch swallows) is retried by
 * Spark, and the output holds every document once. Local mode retries only with a failure budget in the master
 * ({@code local[2,2]}: two threads, a task may fail twice); on a cluster it is {@code spark.task.maxFailures}.
 */
class SparkTaskRetryTest {

    private static final int DOCUMENTS = 12;
    private static SparkAnnotationEngine spark;

    @BeforeAll
    static void startSpark() {
        spark = new SparkAnnotationEngine(new EngineOptions(2, Optional.of("local[2,2]")));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndCollectedPredictionsHaveNoDuplicates() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(new Document(String.format("doc%02d", i), "Report " + i + " from Bamako."));
        }
        int injectedBefore = TestProviders.FlakyTask.INJECTED_FAILURES.get();

        ProviderRun run = new ProviderRunner(documents, null, StanceQuestions.fromBackendSentences(List.of()),
                new RunSettings(2, 0, EnumSet.of(Task.ENTITIES), Map.of()), AnnotationCache.disabled(),
                AnnotationProgress.SILENT, spark)
                .run(new ProviderDiscovery().discover().stream()
                        .filter(found -> found.id().equals("test-flaky-task")).findFirst().orElseThrow());

        assertThat(TestProviders.FlakyTask.INJECTED_FAILURES.get() - injectedBefore).isPositive();
        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.entities()).hasSize(2 * DOCUMENTS);
        assertThat(run.entities().stream().map(EntityMention::docId).distinct()).hasSize(DOCUMENTS);
        assertThat(run.entities()).doesNotHaveDuplicates();
    }

    @Test
    void aTaskThatFailsEveryAttemptFailsItsDocumentsWithTheReasonNotTheRun() {
        List<Document> documents = List.of(new Document("a", "Report from Bamako."), new Document("b", "Kyiv."));

        ProviderRun run = new ProviderRunner(documents, null, StanceQuestions.fromBackendSentences(List.of()),
                new RunSettings(2, 0, EnumSet.of(Task.ENTITIES),
                        Map.of("test-flaky-task", ProviderConfiguration.of(Map.of("always", "true")))),
                AnnotationCache.disabled(), AnnotationProgress.SILENT, spark)
                .run(new ProviderDiscovery().discover().stream()
                        .filter(found -> found.id().equals("test-flaky-task")).findFirst().orElseThrow());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedDocuments()).containsOnlyKeys("a", "b");
        assertThat(run.failedDocuments().get("a")).startsWith("the Spark job failed: ").contains("injected");
    }

    @Test
    void aTaskThatFailsOnceLeavesNoDuplicateLinesInThePartFiles(@TempDir Path temp) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(corpus.resolve(String.format("doc%02d.txt", i)), "Report " + i + " from Bamako.");
        }
        int injectedBefore = TestProviders.FlakyTask.INJECTED_FAILURES.get();

        CorpusAnnotationResult result = spark.annotateCorpus(new CorpusAnnotationRequest(corpus.toString(),
                temp.resolve("out").toString(), "test-flaky-task", ProviderConfiguration.EMPTY,
                EnumSet.of(Task.ENTITIES), List.of(), 1000, DocumentTimeLimit.DEFAULT));

        assertThat(TestProviders.FlakyTask.INJECTED_FAILURES.get() - injectedBefore).isPositive();
        assertThat(result.documents()).isEqualTo(DOCUMENTS);
        assertThat(result.failedDocuments()).isZero();
        Map<String, PredictionJson.Line> lines = SparkDocumentFailureTest.lines(
                temp.resolve("out/predictions/test-flaky-task"));
        assertThat(lines).hasSize(DOCUMENTS);
        assertThat(lines.values()).allSatisfy(line -> assertThat(line.entities()).hasSize(2));
    }
}
