package org.newsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsbench.api.Task;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationEngine;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.EngineOptions;
import org.newsbench.evaluation.run.LocalAnnotationEngine;
import org.newsbench.evaluation.run.Protocol;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.StanceQuestions;

/**
 * The bundled corpus through {@code evaluate}'s runner on Spark ({@code local[2]}) and on the local engine: the same
 * predictions, document for document. Pretrained CoreNLP runs on the executors; the baselines and OpenNLP's trained
 * name finder and stance categorizer are fitted per fold on the driver and their fitted state shipped; CoreNLP's
 * stance classifier, whose fitted state is not serialisable, falls back to the local engine with a note.
 */
class SparkEngineMatchesLocalEngineTest {

    private static final RunSettings SETTINGS = new RunSettings(2, 0, EnumSet.allOf(Task.class), Map.of());
    private static GoldCorpus gold;
    private static AnnotationEngine spark;

    @BeforeAll
    static void startSpark() throws Exception {
        gold = new GoldCorpusReader().read(GoldSource.bundled());
        spark = new SparkAnnotationEngine(new EngineOptions(2, Optional.of("local[2]")));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline-memorize", "baseline-majority", "opennlp-trained", "opennlp-doccat", "corenlp",
        "corenlp-conll4", "corenlp-muc7", "corenlp-3class", "corenlp-sentiment"})
    void sparkGivesTheLocalEnginesPredictions(String providerId) {
        ProviderRun local = run(providerId, new LocalAnnotationEngine(2));
        ProviderRun onSpark = run(providerId, spark);

        assertThat(local.status()).isEqualTo(RunStatus.RAN);
        assertThat(local.entities().size() + local.stances().size()).isPositive();
        assertThat(onSpark.status()).isEqualTo(RunStatus.RAN);
        assertThat(onSpark.failedDocuments()).isEqualTo(local.failedDocuments());
        assertThat(onSpark.entities()).isEqualTo(local.entities());
        assertThat(onSpark.stances()).isEqualTo(local.stances());
        assertThat(onSpark.timing().annotatedDocuments()).isEqualTo(local.timing().annotatedDocuments());
        assertThat(onSpark.diagnostics().notes()).anyMatch(note -> note.contains("annotated on Spark"))
                .noneMatch(note -> note.contains("annotated on the local engine"));
    }

    @Test
    void aFittedStateThatCannotBeSerialisedRunsOnTheLocalEngineWithANote() {
        ProviderRun local = run("corenlp-classifier", new LocalAnnotationEngine(2));
        ProviderRun onSpark = run("corenlp-classifier", spark);

        assertThat(onSpark.protocol()).isEqualTo(Protocol.CROSS_VALIDATION);
        assertThat(onSpark.stances()).isNotEmpty().isEqualTo(local.stances());
        assertThat(onSpark.diagnostics().notes())
                .anyMatch(note -> note.contains("cannot be sent to the spark engine: annotated on the local engine"));
    }

    private static ProviderRun run(String providerId, AnnotationEngine engine) {
        DiscoveredProvider provider = new ProviderDiscovery().discover().stream()
                .filter(found -> found.id().equals(providerId)).findFirst().orElseThrow();
        return new ProviderRunner(gold.documents(), gold, StanceQuestions.fromGold(gold), SETTINGS,
                AnnotationCache.disabled(), AnnotationProgress.SILENT, engine).run(provider);
    }
}
