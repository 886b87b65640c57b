package org.newsbench.evaluation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsbench.api.Document;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.report.PredictionsCsvWriter;
import org.newsbench.evaluation.run.AnnotationCache;
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
        description = "Annotate a corpus with every pretrained provider; write predictions/<provider>/*.csv.")
final class AnnotateCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/annotations",
            description = "Where predictions/<provider>/ go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws Exception {
        RunSettings settings = run.settings();
        List<Document> documents;
        List<StanceTarget> targets;
        if (gold.gold != null) {
            GoldCorpus corpus = gold.read();
            documents = corpus.documents();
            targets = corpus.targets();
        } else {
            GoldSource source = gold.source();
            documents = gold.corpusReader().read(source.corpusDirectory());
            targets = settings.tasks().contains(Task.STANCE) && source.targetsCsv() != null
                    ? new GoldCorpusReader().readTargets(source.targetsCsv()) : List.of();
        }
        List<DiscoveredProvider> providers = run.providers();
        ProviderRunner runner = new ProviderRunner(documents, null, StanceQuestions.fromBackendSentences(targets),
                settings, AnnotationCache.disabled(), run.noProgress ? AnnotationProgress.SILENT : new ConsoleProgress());
        List<ProviderRun> runs = new ArrayList<>();
        for (DiscoveredProvider provider : providers) {
            ProviderRun result = runner.run(provider);
            runs.add(result);
            if (!result.ran()) {
                continue;
            }
            Path directory = output.resolve("predictions").resolve(result.provider().id());
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
        System.out.println("Predictions: " + output.resolve("predictions").toAbsolutePath().normalize());
        return 0;
    }
}
