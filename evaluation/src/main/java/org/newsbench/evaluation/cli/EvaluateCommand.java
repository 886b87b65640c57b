package org.newsbench.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.metrics.EntityMatching;
import org.newsbench.evaluation.gold.GoldReadOptions;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.report.ConsoleSummary;
import org.newsbench.evaluation.report.ReportModelBuilder;
import org.newsbench.evaluation.report.ReportSetWriter;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationEngine;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.ImportedPredictions;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.StanceQuestions;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.RegressionGate;
import org.newsbench.evaluation.scoring.StatisticsSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code evaluate}: runs every provider found on the corpus, scores it against the gold, writes the reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run every provider on a corpus, score against gold, write report.md/html, scores.csv, "
                + "report.json and predictions/.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/reports",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/annotation-cache",
            description = "Annotation cache folder (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--no-cache", description = "Annotate everything again and store nothing.")
    boolean noCache;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap resamples for confidence intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--shuffles", paramLabel = "N", defaultValue = "10000",
            description = "Shuffles of the approximate randomization test (default: ${DEFAULT-VALUE}).")
    int shuffles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20240806",
            description = "Seed of the bootstrap and the randomization test (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--matching", paramLabel = "RULE", defaultValue = "nervaluate",
            converter = EntityMatchingConverter.class,
            description = "Entity matching: nervaluate (nervaluate 1.2's counts, default) or correct-first "
                    + "(order-independent; see METRICS.md).")
    EntityMatching matching;

    @Option(names = "--train", paramLabel = "PATH",
            description = "Gold in any format to fit trainable providers on, once; they then annotate every evaluated "
                    + "document (default: k-fold cross-validation over the evaluated corpus).")
    Path train;

    @Option(names = "--predictions", paramLabel = "ID=PATH", mapFallbackValue = "",
            description = "Predictions made elsewhere, in any gold format, scored as provider ID. Repeatable.")
    Map<String, Path> predictions = new LinkedHashMap<>();

    @Option(names = "--gate", paramLabel = "FILE",
            description = "Minimum scores (backend/task/schema/scope/metric = minimum); a figure below fails the run.")
    Path gate;

    @Override
    public Integer call() throws Exception {
        GoldReadOptions readOptions = gold.readOptions();
        GoldCorpus corpus = gold.read(readOptions);
        GoldCorpus trainingSet = train != null ? gold.readOther(train, readOptions) : null;
        // Prediction files are read and matched to the gold before any provider runs, so that a wrong file fails fast.
        List<ProviderRun> importedRuns = new ArrayList<>();
        for (Map.Entry<String, Path> file : predictions.entrySet()) {
            importedRuns.add(ImportedPredictions.run(file.getKey(),
                    readPredictions(file.getKey(), file.getValue(), corpus, readOptions), corpus));
        }
        RegressionGate regressionGate = gate != null && Files.exists(gate) ? RegressionGate.read(gate) : null;
        StatisticsSettings statistics = new StatisticsSettings(bootstrap, shuffles, seed, 0.95, matching);
        RunSettings settings = run.settings(corpus.description().tasks());

        List<DiscoveredProvider> providers = run.providers();
        for (String id : predictions.keySet()) {
            if (providers.stream().anyMatch(provider -> provider.id().equals(id))) {
                throw new InvalidInputException("--predictions " + id, "'" + id + "' is a provider's id; name the "
                        + "predictions otherwise");
            }
        }
        List<ProviderRun> runs = new ArrayList<>();
        AnnotationCache annotationCache = noCache ? AnnotationCache.disabled() : new AnnotationCache(cache);
        AnnotationProgress progress = run.noProgress ? AnnotationProgress.SILENT : new ConsoleProgress();
        StanceQuestions questions = StanceQuestions.fromGold(corpus);
        try (AnnotationEngine engine = run.openEngine(settings)) {
            ProviderRunner runner = trainingSet != null
                    ? ProviderRunner.withSeparateTrainingSet(corpus.documents(), trainingSet, questions, settings,
                            annotationCache, progress, engine)
                    : new ProviderRunner(corpus.documents(), corpus, questions, settings, annotationCache, progress,
                            engine);
            for (DiscoveredProvider provider : providers) {
                runs.add(runner.run(provider));
            }
        }
        runs.addAll(importedRuns);
        EvaluationResult result = new BenchmarkScorer(corpus, statistics).score(runs);
        ReportModel model = ReportModelBuilder.build(result);
        Path report = ReportSetWriter.write(output, corpus, runs, model);

        System.out.println();
        System.out.print(ConsoleSummary.render(model));
        System.out.println();
        System.out.println("Report: " + report.toAbsolutePath().normalize());
        if (regressionGate != null) {
            List<String> failures = regressionGate.failures(result.rows());
            if (!failures.isEmpty()) {
                System.err.println("Regression gate " + regressionGate.source() + " failed:");
                failures.forEach(failure -> System.err.println("  " + failure));
                return NewsBenchCli.EXIT_GATE_FAILED;
            }
            System.out.println("Regression gate: " + regressionGate.size() + " minimums met ("
                    + regressionGate.source() + ")");
        }
        return 0;
    }

    /** Reads {@code --matching} by its label ({@code correct-first}, not the constant's name). */
    static final class EntityMatchingConverter implements ITypeConverter<EntityMatching> {
        @Override
        public EntityMatching convert(String value) {
            try {
                return EntityMatching.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private GoldCorpus readPredictions(String id, Path path, GoldCorpus corpus, GoldReadOptions options)
            throws InvalidInputException {
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace) || path == null
                || path.toString().isEmpty()) {
            throw new InvalidInputException("--predictions " + id + "=" + path, "expected ID=PATH, the id without "
                    + "white space");
        }
        return gold.readPredictions(path, corpus, options.forPredictions());
    }
}
