package org.newsbench.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.report.ConsoleSummary;
import org.newsbench.evaluation.report.ReportModelBuilder;
import org.newsbench.evaluation.report.ReportSetWriter;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationEngine;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.StanceQuestions;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.RegressionGate;
import org.newsbench.evaluation.scoring.StatisticsSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(names = "--gate", paramLabel = "FILE",
            description = "Minimum scores (backend/task/schema/scope/metric = minimum); a figure below fails the run.")
    Path gate;

    @Override
    public Integer call() throws Exception {
        GoldCorpus corpus = new GoldCorpusReader(gold.corpusReader(), GoldCorpusReader.DEFAULT_ENTITY_TYPES)
                .read(gold.source());
        RegressionGate regressionGate = gate != null && Files.exists(gate) ? RegressionGate.read(gate) : null;
        StatisticsSettings statistics = new StatisticsSettings(bootstrap, shuffles, seed, 0.95);
        RunSettings settings = run.settings();

        List<DiscoveredProvider> providers = run.select(new ProviderDiscovery().discover());
        List<ProviderRun> runs = new ArrayList<>();
        try (AnnotationEngine engine = run.openEngine(settings)) {
            ProviderRunner runner = new ProviderRunner(corpus.documents(), corpus, StanceQuestions.fromGold(corpus),
                    settings, noCache ? AnnotationCache.disabled() : new AnnotationCache(cache),
                    run.noProgress ? AnnotationProgress.SILENT : new ConsoleProgress(), engine);
            for (DiscoveredProvider provider : providers) {
                runs.add(runner.run(provider));
            }
        }
        EvaluationResult result = new BenchmarkScorer(corpus, statistics).score(runs);
        ReportModel model = ReportModelBuilder.build(result);
        Path report = ReportSetWriter.write(output, runs, model);

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
}
