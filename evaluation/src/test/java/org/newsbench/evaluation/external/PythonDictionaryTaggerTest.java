package org.newsbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.StanceQuestions;

/** The shipped Python example, run for real where python3 is on the PATH (skipped, saying so, elsewhere). */
class PythonDictionaryTaggerTest {

    /** Relative to the evaluation module, where the tests run. */
    private static final Path SCRIPT = Path.of("examples/external/dictionary_tagger.py");

    @BeforeEach
    void needsPython() {
        assumeTrue(onPath("python3"), "python3 is not on the PATH: the Python example backend was not run");
        assertThat(SCRIPT).isRegularFile();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }

    private static ProviderRun run(GoldCorpus corpus, Map<String, String> keys) throws Exception {
        ExternalProvider provider = new ExternalProvider(ExternalProviderDeclaration.parse("python",
                ProviderConfiguration.of(keys)));
        return new ProviderRunner(corpus.documents(), corpus, StanceQuestions.fromGold(corpus),
                new RunSettings(2, 0, EnumSet.allOf(Task.class), Map.of()), AnnotationCache.disabled(),
                AnnotationProgress.SILENT)
                .run(new DiscoveredProvider("python", provider, provider.availability()));
    }

    @Test
    void theDictionaryTaggerFindsItsNamesInCodePointsAndReadsStanceCues(@TempDir Path dir) throws Exception {
        Path dictionary = Files.writeString(dir.resolve("names.tsv"), "Angela Merkel\tPERSON\nParis\tLOCATION\n");
        Document document = new Document("d1", "\uD83C\uDF89 Angela Merkel condemned Mali in Paris.");
        StanceTarget mali = new StanceTarget("MALI", List.of("Mali", "Bamako"));
        StanceInstance question = new StanceInstance("d1", new Span(0, 40), mali);
        GoldCorpus corpus = new GoldCorpus(List.of(document), List.of(),
                List.of(new LabelledStance(question, StanceLabel.AGAINST, "Angela Merkel")), List.of(mali));

        ProviderRun run = run(corpus, Map.of("command", "python3 " + SCRIPT + " --dictionary " + dictionary,
                "tasks", "ENTITIES,STANCE"));

        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.entities()).containsExactly(
                new EntityMention("d1", new Span(2, 15), "PERSON", "Angela Merkel"),
                new EntityMention("d1", new Span(34, 39), "LOCATION", "Paris"));
        assertThat(run.stances()).extracting(StancePrediction::label).containsExactly(StanceLabel.AGAINST);
    }

    @Test
    void trainedByCrossValidationItIsFittedOncePerFoldOnTheBundledGold() throws Exception {
        GoldCorpus gold = new GoldCorpusReader().read(GoldSource.bundled());

        ProviderRun run = run(gold, Map.of("command", "python3 " + SCRIPT, "tasks", "ENTITIES,STANCE",
                "trainable", "true"));

        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.folds()).isEqualTo(5);
        assertThat(run.diagnostics().notes()).hasSize(1);
        assertThat(run.diagnostics().notes().get(0)).startsWith("stderr (last 5 of 5 lines): fitted on 4 documents");
        assertThat(run.entities()).isNotEmpty();
        assertThat(run.stances()).hasSize(gold.stances().size());
    }
}
