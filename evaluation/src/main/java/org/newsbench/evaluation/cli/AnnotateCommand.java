package org.newsbench.evaluation.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsbench.api.Document;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.report.PredictionsCsvWriter;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationEngine;
import org.newsbench.evaluation.run.CorpusAnnotationEngine;
import org.newsbench.evaluation.run.CorpusAnnotationRequest;
import org.newsbench.evaluation.run.CorpusAnnotationResult;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.StanceQuestions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code annotate}: predictions for any corpus, no gold needed. Stance questions are the backend's own sentences ×
 * the targets file. Trainable providers need gold to fit on and are skipped.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate a corpus with every pretrained provider; write predictions/<provider>/*.csv "
                + "(with --engine spark, JSONL part files).")
final class AnnotateCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/annotations",
            description = "Where predictions/<provider>/ go (default: ${DEFAULT-VALUE}); with --engine spark any "
                    + "Hadoop path, which must not exist yet.")
    String output;

    @Option(names = "--input", paramLabel = "PATH",
            description = "With --engine spark: the corpus on any Hadoop-supported path, a folder of <doc_id>.txt "
                    + "files or JSONL files of {\"id\",\"text\"} lines (default: --corpus).")
    String input;

    @Override
    public Integer call() throws Exception {
        RunSettings settings = run.settings();
        List<DiscoveredProvider> providers = run.providers();
        try (AnnotationEngine engine = run.openEngine(settings)) {
            if (engine instanceof CorpusAnnotationEngine corpusEngine) {
                if (gold.gold != null) {
                    throw new InvalidInputException("--gold", "the " + engine.name() + " engine reads a corpus "
                            + "where it runs: give it with --corpus DIR or --input PATH");
                }
                GoldSource source = gold.source();
                if (input == null && source.corpusDirectory().getFileSystem() != FileSystems.getDefault()) {
                    throw new InvalidInputException("--input", "the bundled corpus is inside a jar, where Spark "
                            + "cannot read it: give the corpus with --corpus DIR or --input PATH");
                }
                String corpus = input != null ? input : source.corpusDirectory().toUri().toString();
                return annotateWhereTheWorkersAre(corpusEngine, corpus, settings, targets(source, settings),
                        providers);
            }
            if (input != null) {
                throw new InvalidInputException("--input", "needs an engine that reads the corpus where it runs "
                        + "(--engine spark); with the " + engine.name() + " engine give the folder with --corpus");
            }
            if (gold.gold != null) {
                GoldCorpus corpus = gold.read();
                return annotateHere(engine, corpus.documents(), settings, corpus.targets(), providers);
            }
            GoldSource source = gold.source();
            return annotateHere(engine, gold.corpusReader().read(source.corpusDirectory()), settings,
                    targets(source, settings), providers);
        }
    }

    /** The targets file's targets when stance is asked for; none otherwise. */
    private static List<StanceTarget> targets(GoldSource source, RunSettings settings) throws InvalidInputException {
        return settings.tasks().contains(Task.STANCE) && source.targetsCsv() != null
                ? new GoldCorpusReader().readTargets(source.targetsCsv()) : List.of();
    }

    private int annotateHere(AnnotationEngine engine, List<Document> documents, RunSettings settings,
                             List<StanceTarget> targets, List<DiscoveredProvider> providers) throws Exception {
        Path outputDirectory = Path.of(output);
        ProviderRunner runner = new ProviderRunner(documents, null, StanceQuestions.fromBackendSentences(targets),
                settings, AnnotationCache.disabled(), run.noProgress ? AnnotationProgress.SILENT : new ConsoleProgress(),
                engine);
        List<ProviderRun> runs = new ArrayList<>();
        for (DiscoveredProvider provider : providers) {
            ProviderRun result = runner.run(provider);
            runs.add(result);
            if (!result.ran()) {
                continue;
            }
            Path directory = outputDirectory.resolve("predictions").resolve(result.provider().id());
            if (result.provider().tasks().contains(Task.ENTITIES) && settings.tasks().contains(Task.ENTITIES)) {
                PredictionsCsvWriter.writeEntities(directory.resolve("entities.csv"), result.entities());
            }
            if (result.provider().tasks().contains(Task.STANCE) && settings.tasks().contains(Task.STANCE)) {
                PredictionsCsvWriter.writeStance(directory.resolve("stance.csv"), result.stances());
            }
        }
        for (ProviderRun result : runs) {
            System.out.printf("%-20s %s%s%n", result.provider().id(), result.status().label(),
                    result.reason().isEmpty() ? "" : ": " + result.reason());
            result.failedDocuments().forEach((doc, reason) -> System.out.printf("%-20s   %s: %s%n", "", doc, reason));
        }
        if (runs.stream().anyMatch(ProviderRun::ran)) {
            System.out.println("Predictions: " + outputDirectory.resolve("predictions").toAbsolutePath().normalize());
        } else {
            System.out.println("No provider ran: no predictions written.");
        }
        return 0;
    }

    /** Each runnable provider over the corpus on the engine's workers; predictions as JSONL part files. */
    private int annotateWhereTheWorkersAre(CorpusAnnotationEngine engine, String corpus, RunSettings settings,
                                           List<StanceTarget> targets, List<DiscoveredProvider> providers)
            throws InvalidInputException {
        ProviderRunner checks = new ProviderRunner(List.of(), null, StanceQuestions.fromBackendSentences(targets),
                settings, AnnotationCache.disabled(), AnnotationProgress.SILENT);
        for (DiscoveredProvider provider : providers) {
            Optional<ProviderRun> refused = checks.refusal(provider);
            if (refused.isPresent()) {
                ProviderRun result = refused.get();
                System.out.printf("%-20s %s: %s%n", result.provider().id(), result.status().label(), result.reason());
                continue;
            }
            ProviderDescriptor description = provider.provider().descriptor();
            CorpusAnnotationResult result;
            try {
                result = engine.annotateCorpus(new CorpusAnnotationRequest(corpus, output, description.id(),
                        settings.configurationFor(description.id()), checks.selectedTasks(description), targets,
                        gold.maxDocumentChars, settings.documentTimeout()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(corpus, e.getMessage());
            }
            System.out.printf("%-20s %d documents, %d failed: %s%n", result.providerId(), result.documents(),
                    result.failedDocuments(), result.predictions());
            result.failureExamples().forEach(example -> System.out.printf("%-20s   %s%n", "", example));
        }
        return 0;
    }
}
