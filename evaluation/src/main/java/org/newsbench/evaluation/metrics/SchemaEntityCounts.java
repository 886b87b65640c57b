package org.newsbench.evaluation.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The entity counts of one schema: over all types, and for each type that occurs in the gold or the predictions.
 *
 * <p>As in nervaluate 1.x, a type's counts come from matching only that type's gold mentions against only that type's
 * predictions, so a gold PERSON predicted as ORGANIZATION is INC (STRICT) in {@code overall} but MIS under PERSON and
 * SPU under ORGANIZATION; per-type counts therefore do not sum to {@code overall}.
 *
 * @param byType counts per type, sorted by type name; a type is present iff it has a gold or predicted mention
 */
public record SchemaEntityCounts(MatchSchema schema, EntityCounts overall, SortedMap<String, EntityCounts> byType) {

    public SchemaEntityCounts {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(overall, "overall");
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }

    /** Nothing counted. */
    public static SchemaEntityCounts empty(MatchSchema schema) {
        return new SchemaEntityCounts(schema, EntityCounts.ZERO, new TreeMap<>());
    }

    /** Sums overall and per-type counts; a type missing on one side counts as zero there. */
    public SchemaEntityCounts plus(SchemaEntityCounts other) {
        if (other.schema != schema) {
            throw new IllegalArgumentException("cannot add " + other.schema + " counts to " + schema + " counts");
        }
        SortedMap<String, EntityCounts> sum = new TreeMap<>(byType);
        other.byType.forEach((type, counts) -> sum.merge(type, counts, EntityCounts::plus));
        return new SchemaEntityCounts(schema, overall.plus(other.overall), sum);
    }

    /** Micro-average: precision, recall and F1 of the overall counts. */
    public PrecisionRecallF1 micro() {
        return overall.scores(schema);
    }

    /**
     * Macro-average over the types present (gold ∪ predicted): the unweighted mean of per-type precision, of per-type
     * recall and of per-type F1. A type only ever predicted has recall 0 (no gold) and pulls the mean down; no types
     * at all gives zeros.
     */
    public PrecisionRecallF1 macro() {
        if (byType.isEmpty()) {
            return PrecisionRecallF1.ZERO;
        }
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        for (EntityCounts counts : byType.values()) {
            precision += counts.precision(schema);
            recall += counts.recall(schema);
            f1 += counts.f1(schema);
        }
        int types = byType.size();
        return new PrecisionRecallF1(precision / types, recall / types, f1 / types);
    }

    /** The counts of {@code type}, zero if it does not occur. */
    public EntityCounts type(String type) {
        return byType.getOrDefault(type, EntityCounts.ZERO);
    }

    /** Per-type precision, recall and F1, sorted by type. */
    public SortedMap<String, PrecisionRecallF1> perType() {
        SortedMap<String, PrecisionRecallF1> scores = new TreeMap<>();
        for (Map.Entry<String, EntityCounts> entry : byType.entrySet()) {
            scores.put(entry.getKey(), entry.getValue().scores(schema));
        }
        return Collections.unmodifiableSortedMap(scores);
    }
}
