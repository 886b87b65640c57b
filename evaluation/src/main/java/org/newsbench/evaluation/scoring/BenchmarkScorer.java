package org.newsbench.evaluation.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.newsbench.evaluation.metrics.EntityDocumentMatch;
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

    /** The figure compared between every two providers of each task. */
    public static final ScoreKey ENTITY_SIGNIFICANCE = ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO,
            ScoreMetric.F1);
    public static final ScoreKey STANCE_SIGNIFICANCE = ScoreKey.stance(ScoreScope.ALL_TARGETS, ScoreMetric.F_AVG);

    private final GoldCorpus gold;
    private final StatisticsSettings statistics;

    public BenchmarkScorer(GoldCorpus gold, StatisticsSettings statistics) {
        this.gold = gold;
        this.statistics = statistics;
    }

    public EvaluationResult score(List<ProviderRun> runs) {
        SortedMap<String, SortedMap<String, EntityDocumentMatch>> entityMatches = new TreeMap<>();
        SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts = new TreeMap<>();
        List<String> documentIds = gold.documents().stream().map(Document::id).toList();
        for (ProviderRun run : runs) {
            if (!run.ran()) {
                continue;
            }
            if (gold.labels(Task.ENTITIES) && run.provider().tasks().contains(Task.ENTITIES)) {
                entityMatches.put(run.provider().id(), EntityMatcher.matchPerDocument(documentIds, gold.entities(),
                        run.entities(), statistics.entityMatching()));
            }
            if (gold.labels(Task.STANCE) && run.provider().tasks().contains(Task.STANCE)) {
                stanceCounts.put(run.provider().id(), StanceMatcher.countPerSentence(gold.stances(), run.stances()));
            }
        }
        SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts =
                EvaluationResult.counts(entityMatches);
        List<ScoreRow> rows = new ArrayList<>();
        entityCounts.forEach((provider, perDocument) -> rows.addAll(entityRows(provider, perDocument)));
        stanceCounts.forEach((provider, perSentence) -> rows.addAll(stanceRows(provider, perSentence)));
        List<PairedSignificance> significance = new ArrayList<>();
        significance.addAll(pairwise(ENTITY_SIGNIFICANCE, entityCounts, EntityDocumentCounts.VECTORS,
                counts -> counts.microF1(MatchSchema.STRICT)));
        significance.addAll(pairwise(STANCE_SIGNIFICANCE, stanceCounts, StanceCounts.VECTORS,
                StanceCounts::semEvalFAvg));
        return new EvaluationResult(gold, runs, entityMatches, entityCounts, stanceCounts, rows, significance,
                statistics);
    }

    private List<ScoreRow> entityRows(String provider, SortedMap<String, EntityDocumentCounts> perDocument) {
        List<EntityDocumentCounts> units = List.copyOf(perDocument.values());
        EntityDocumentCounts total = units.stream().reduce(EntityDocumentCounts.EMPTY, EntityDocumentCounts::plus);
        TreeSet<String> types = new TreeSet<>(gold.entityTypes());
        types.addAll(total.types());
        List<ScoreScope> scopes = new ArrayList<>(List.of(ScoreScope.MICRO, ScoreScope.MACRO));
        types.forEach(type -> scopes.add(ScoreScope.type(type)));

        // Every interval of a provider from the same resamples: one pass over the draws.
        Map<ScoreKey, ToDoubleFunction<EntityDocumentCounts>> statistics = new LinkedHashMap<>();
        for (MatchSchema schema : MatchSchema.values()) {
            for (ScoreScope scope : scopes) {
                for (ScoreMetric metric : ScoreMetric.ENTITY_RATES) {
                    statistics.put(ScoreKey.entities(schema, scope, metric),
                            counts -> rate(scoresOf(counts, schema, scope), metric));
                }
            }
        }
        Map<ScoreKey, ConfidenceInterval> intervals = BootstrapInterval.intervals(units, EntityDocumentCounts.VECTORS,
                statistics, this.statistics.bootstrapResamples(), this.statistics.seed(),
                this.statistics.confidenceLevel());

        List<ScoreRow> rows = new ArrayList<>();
        for (MatchSchema schema : MatchSchema.values()) {
            for (ScoreScope scope : scopes) {
                for (ScoreMetric metric : ScoreMetric.ENTITY_RATES) {
                    ScoreKey key = ScoreKey.entities(schema, scope, metric);
                    ConfidenceInterval interval = intervals.get(key);
                    rows.add(new ScoreRow(provider, key, interval.estimate(), interval.low(), interval.high()));
                }
                if (scope instanceof ScoreScope.EntityType type) {
                    rows.addAll(countRows(provider, schema, scope,
                            total.byType(schema).getOrDefault(type.type(), EntityCounts.ZERO)));
                } else if (scope == ScoreScope.MICRO) {
                    rows.addAll(countRows(provider, schema, scope, total.overall(schema)));
                }
            }
            for (Map.Entry<String, EntityDocumentCounts> document : perDocument.entrySet()) {
                ScoreScope scope = ScoreScope.document(document.getKey());
                PrecisionRecallF1 scores = document.getValue().micro(schema);
                for (ScoreMetric metric : ScoreMetric.ENTITY_RATES) {
                    rows.add(ScoreRow.of(provider, ScoreKey.entities(schema, scope, metric), rate(scores, metric)));
                }
                rows.addAll(countRows(provider, schema, scope, document.getValue().overall(schema)));
            }
        }
        return rows;
    }

    private static PrecisionRecallF1 scoresOf(EntityDocumentCounts counts, MatchSchema schema, ScoreScope scope) {
        if (scope == ScoreScope.MICRO) {
            return counts.micro(schema);
        }
        if (scope == ScoreScope.MACRO) {
            return counts.macro(schema);
        }
        String type = ((ScoreScope.EntityType) scope).type();
        return counts.byType(schema).getOrDefault(type, EntityCounts.ZERO).scores(schema);
    }

    private static double rate(PrecisionRecallF1 scores, ScoreMetric metric) {
        return switch (metric) {
            case PRECISION -> scores.precision();
            case RECALL -> scores.recall();
            case F1 -> scores.f1();
            default -> throw new IllegalArgumentException("not an entity rate: " + metric);
        };
    }

    private static List<ScoreRow> countRows(String provider, MatchSchema schema, ScoreScope scope,
                                            EntityCounts counts) {
        List<ScoreRow> rows = new ArrayList<>();
        for (ScoreMetric metric : ScoreMetric.ENTITY_COUNTS) {
            int count = switch (metric) {
                case COR -> counts.cor();
                case INC -> counts.inc();
                case PAR -> counts.par();
                case MIS -> counts.mis();
                case SPU -> counts.spu();
                default -> throw new IllegalArgumentException("not an entity count: " + metric);
            };
            rows.add(ScoreRow.of(provider, ScoreKey.entities(schema, scope, metric), count));
        }
        return rows;
    }

    private List<ScoreRow> stanceRows(String provider, SortedMap<SentenceKey, StanceCounts> perSentence) {
        List<StanceCounts> units = List.copyOf(perSentence.values());
        List<ScoreScope> scopes = new ArrayList<>(List.of(ScoreScope.ALL_TARGETS));
        gold.targets().forEach(target -> scopes.add(ScoreScope.target(target.id())));

        Map<ScoreKey, ToDoubleFunction<StanceCounts>> statistics = new LinkedHashMap<>();
        for (ScoreScope scope : scopes) {
            for (ScoreMetric metric : ScoreMetric.STANCE) {
                statistics.put(ScoreKey.stance(scope, metric),
                        counts -> stanceMetric(matrixOf(counts, scope), metric));
            }
        }
        Map<ScoreKey, ConfidenceInterval> intervals = BootstrapInterval.intervals(units, StanceCounts.VECTORS,
                statistics, this.statistics.bootstrapResamples(), this.statistics.seed(),
                this.statistics.confidenceLevel());
        List<ScoreRow> rows = new ArrayList<>();
        intervals.forEach((key, interval) -> rows.add(new ScoreRow(provider, key, interval.estimate(), interval.low(),
                interval.high())));
        return rows;
    }

    private static ConfusionMatrix matrixOf(StanceCounts counts, ScoreScope scope) {
        return scope instanceof ScoreScope.Target target ? counts.target(target.targetId()) : counts.overall();
    }

    private static double stanceMetric(ConfusionMatrix matrix, ScoreMetric metric) {
        return switch (metric) {
            case ACCURACY -> matrix.accuracy();
            case F_AVG -> matrix.semEvalFAvg();
            case MACRO_F1 -> matrix.macroF1();
            case KAPPA -> matrix.cohenKappa();
            default -> throw new IllegalArgumentException("not a stance metric: " + metric);
        };
    }

    private <K, C> List<PairedSignificance> pairwise(ScoreKey figure, SortedMap<String, SortedMap<K, C>> counts,
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
                tests.add(new PairedSignificance(figure, providers.get(a), providers.get(b),
                        statistic.applyAsDouble(totalA), statistic.applyAsDouble(totalB), p, unitsA.size(),
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
}
