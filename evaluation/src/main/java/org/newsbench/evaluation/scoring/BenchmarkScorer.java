package org.newsbench.evaluation.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.newsbench.api.Document;
import org.newsbench.api.Task;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.ApproximateRandomizationTest;
import org.newsbench.evaluation.metrics.BootstrapInterval;
import org.newsbench.evaluation.metrics.ConfidenceInterval;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.EntityMatcher;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.metrics.PrecisionRecallF1;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
import org.newsbench.evaluation.metrics.StanceMatcher;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Scores every provider that ran against the gold: counts per unit (document for entities, sentence for stance), the
 * figures of {@code scores.csv} with bootstrap intervals on every headline figure, and a paired approximate
 * randomization test between every two providers on the same task.
 *
 * <p>A document that failed for a provider counts as one where it predicted nothing, so that every provider is scored
 * on the same units; the report lists the failures. Only the tasks the gold labels are scored.
 */
public final class BenchmarkScorer {

    private static final String ENTITIES = "entities";
    private static final String STANCE = "stance";
    private static final List<String> STANCE_METRICS = List.of("accuracy", "f_avg", "macro_f1", "kappa");

    private final GoldCorpus gold;
    private final StatisticsSettings statistics;

    public BenchmarkScorer(GoldCorpus gold, StatisticsSettings statistics) {
        this.gold = gold;
        this.statistics = statistics;
    }

    public EvaluationResult score(List<ProviderRun> runs) {
        SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts = new TreeMap<>();
        SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts = new TreeMap<>();
        List<String> documentIds = gold.documents().stream().map(Document::id).toList();
        for (ProviderRun run : runs) {
            if (!run.ran()) {
                continue;
            }
            if (gold.labels(Task.ENTITIES) && run.provider().tasks().contains(Task.ENTITIES)) {
                entityCounts.put(run.provider().id(),
                        EntityMatcher.countPerDocument(documentIds, gold.entities(), run.entities()));
            }
            if (gold.labels(Task.STANCE) && run.provider().tasks().contains(Task.STANCE)) {
                stanceCounts.put(run.provider().id(), StanceMatcher.countPerSentence(gold.stances(), run.stances()));
            }
        }
        List<ScoreRow> rows = new ArrayList<>();
        entityCounts.forEach((provider, perDocument) -> rows.addAll(entityRows(provider, perDocument)));
        stanceCounts.forEach((provider, perSentence) -> rows.addAll(stanceRows(provider, perSentence)));
        List<PairedSignificance> significance = new ArrayList<>();
        significance.addAll(pairwise(ENTITIES, "f1", entityCounts, EntityDocumentCounts.VECTORS,
                counts -> counts.microF1(MatchSchema.STRICT)));
        significance.addAll(pairwise(STANCE, "f_avg", stanceCounts, StanceCounts.VECTORS,
                StanceCounts::semEvalFAvg));
        return new EvaluationResult(gold, runs, entityCounts, stanceCounts, rows, significance, statistics);
    }

    private List<ScoreRow> entityRows(String provider, SortedMap<String, EntityDocumentCounts> perDocument) {
        List<EntityDocumentCounts> units = List.copyOf(perDocument.values());
        EntityDocumentCounts total = units.stream().reduce(EntityDocumentCounts.EMPTY, EntityDocumentCounts::plus);
        TreeSet<String> types = new TreeSet<>(gold.entityTypes());
        types.addAll(total.types());

        // Every interval of a provider from the same resamples: one pass over the draws.
        Map<String, ToDoubleFunction<EntityDocumentCounts>> statistics = new LinkedHashMap<>();
        for (MatchSchema schema : MatchSchema.values()) {
            String name = schemaName(schema);
            statistics.put(name + "/micro/precision", c -> c.micro(schema).precision());
            statistics.put(name + "/micro/recall", c -> c.micro(schema).recall());
            statistics.put(name + "/micro/f1", c -> c.micro(schema).f1());
            statistics.put(name + "/macro/precision", c -> c.macro(schema).precision());
            statistics.put(name + "/macro/recall", c -> c.macro(schema).recall());
            statistics.put(name + "/macro/f1", c -> c.macro(schema).f1());
            for (String type : types) {
                statistics.put(name + "/" + type + "/precision", c -> scoresOf(c, schema, type).precision());
                statistics.put(name + "/" + type + "/recall", c -> scoresOf(c, schema, type).recall());
                statistics.put(name + "/" + type + "/f1", c -> scoresOf(c, schema, type).f1());
            }
        }
        Map<String, ConfidenceInterval> intervals = BootstrapInterval.intervals(units, EntityDocumentCounts.VECTORS,
                statistics, this.statistics.bootstrapResamples(), this.statistics.seed(),
                this.statistics.confidenceLevel());

        List<ScoreRow> rows = new ArrayList<>();
        for (MatchSchema schema : MatchSchema.values()) {
            String name = schemaName(schema);
            List<String> scopes = new ArrayList<>(List.of("micro", "macro"));
            scopes.addAll(types);
            for (String scope : scopes) {
                for (String metric : List.of("precision", "recall", "f1")) {
                    ConfidenceInterval interval = intervals.get(name + "/" + scope + "/" + metric);
                    rows.add(new ScoreRow(provider, ENTITIES, name, scope, metric, interval.estimate(), interval.low(),
                            interval.high()));
                }
                if (!scope.equals("macro")) {
                    EntityCounts counts = scope.equals("micro") ? total.overall(schema)
                            : total.byType(schema).getOrDefault(scope, EntityCounts.ZERO);
                    rows.addAll(countRows(provider, name, scope, counts));
                }
            }
            for (Map.Entry<String, EntityDocumentCounts> document : perDocument.entrySet()) {
                String scope = "doc:" + document.getKey();
                PrecisionRecallF1 scores = document.getValue().micro(schema);
                rows.add(ScoreRow.of(provider, ENTITIES, name, scope, "precision", scores.precision()));
                rows.add(ScoreRow.of(provider, ENTITIES, name, scope, "recall", scores.recall()));
                rows.add(ScoreRow.of(provider, ENTITIES, name, scope, "f1", scores.f1()));
                rows.addAll(countRows(provider, name, scope, document.getValue().overall(schema)));
            }
        }
        return rows;
    }

    private static PrecisionRecallF1 scoresOf(EntityDocumentCounts counts, MatchSchema schema, String type) {
        return counts.byType(schema).getOrDefault(type, EntityCounts.ZERO).scores(schema);
    }

    private static List<ScoreRow> countRows(String provider, String schema, String scope, EntityCounts counts) {
        return List.of(
                ScoreRow.of(provider, ENTITIES, schema, scope, "cor", counts.cor()),
                ScoreRow.of(provider, ENTITIES, schema, scope, "inc", counts.inc()),
                ScoreRow.of(provider, ENTITIES, schema, scope, "par", counts.par()),
                ScoreRow.of(provider, ENTITIES, schema, scope, "mis", counts.mis()),
                ScoreRow.of(provider, ENTITIES, schema, scope, "spu", counts.spu()));
    }

    private List<ScoreRow> stanceRows(String provider, SortedMap<SentenceKey, StanceCounts> perSentence) {
        List<StanceCounts> units = List.copyOf(perSentence.values());
        List<String> scopes = new ArrayList<>(List.of("all"));
        gold.targets().forEach(target -> scopes.add("target:" + target.id()));

        Map<String, ToDoubleFunction<StanceCounts>> statistics = new LinkedHashMap<>();
        for (String scope : scopes) {
            for (String metric : STANCE_METRICS) {
                statistics.put(scope + "/" + metric, counts -> stanceMetric(matrixOf(counts, scope), metric));
            }
        }
        Map<String, ConfidenceInterval> intervals = BootstrapInterval.intervals(units, StanceCounts.VECTORS,
                statistics, this.statistics.bootstrapResamples(), this.statistics.seed(),
                this.statistics.confidenceLevel());
        List<ScoreRow> rows = new ArrayList<>();
        for (String scope : scopes) {
            for (String metric : STANCE_METRICS) {
                ConfidenceInterval interval = intervals.get(scope + "/" + metric);
                rows.add(new ScoreRow(provider, STANCE, "-", scope, metric, interval.estimate(), interval.low(),
                        interval.high()));
            }
        }
        return rows;
    }

    private static ConfusionMatrix matrixOf(StanceCounts counts, String scope) {
        return scope.equals("all") ? counts.overall() : counts.target(scope.substring("target:".length()));
    }

    private static double stanceMetric(ConfusionMatrix matrix, String metric) {
        return switch (metric) {
            case "accuracy" -> matrix.accuracy();
            case "f_avg" -> matrix.semEvalFAvg();
            case "macro_f1" -> matrix.macroF1();
            case "kappa" -> matrix.cohenKappa();
            default -> throw new IllegalArgumentException("unknown stance metric " + metric);
        };
    }

    private <K, C> List<PairedSignificance> pairwise(String task, String metric, SortedMap<String, SortedMap<K, C>> counts,
                                                     org.newsbench.evaluation.metrics.CountVectorCodec<C> codec,
                                                     ToDoubleFunction<C> statistic) {
        List<PairedSignificance> tests = new ArrayList<>();
        List<String> providers = List.copyOf(counts.keySet());
        for (int a = 0; a < providers.size(); a++) {
            for (int b = a + 1; b < providers.size(); b++) {
                List<C> unitsA = List.copyOf(counts.get(providers.get(a)).values());
                List<C> unitsB = List.copyOf(counts.get(providers.get(b)).values());
                double p = ApproximateRandomizationTest.pValue(unitsA, unitsB, codec, statistic,
                        statistics.randomizationShuffles(), statistics.seed());
                C totalA = sum(unitsA, codec);
                C totalB = sum(unitsB, codec);
                tests.add(new PairedSignificance(task, metric, providers.get(a), providers.get(b),
                        statistic.applyAsDouble(totalA), statistic.applyAsDouble(totalB), p,
                        statistics.randomizationShuffles()));
            }
        }
        return tests;
    }

    private static <C> C sum(List<C> units, org.newsbench.evaluation.metrics.CountVectorCodec<C> codec) {
        var layout = codec.layoutFor(units);
        long[] total = new long[layout.dimension()];
        units.forEach(unit -> layout.addTo(unit, total));
        return layout.decode(total);
    }

    static String schemaName(MatchSchema schema) {
        return schema.name().toLowerCase(Locale.ROOT);
    }
}
