package org.newsbench.evaluation.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Additive entity counts of one document under every {@link MatchSchema}, or the sum of several documents' counts.
 * Made by {@link EntityDocumentMatch#counts()}; every entity score is a function of these counts.
 *
 * @param bySchema             the counts of each of the four schemas
 * @param duplicatePredictions predicted mentions identical (same span and type) to an earlier one; see
 *                             {@link EntityDocumentMatch} for how each matching treats them
 * @param duplicateGold        gold mentions identical to an earlier one
 */
public record EntityDocumentCounts(Map<MatchSchema, SchemaEntityCounts> bySchema, int duplicatePredictions,
                                   int duplicateGold) {

    /** Flattens these counts into vectors for fast resampling. */
    public static final CountVectorCodec<EntityDocumentCounts> VECTORS = new EntityCountVectors();

    /** Nothing counted: a document with no gold and no predicted mention. */
    public static final EntityDocumentCounts EMPTY = empty();

    public EntityDocumentCounts {
        EnumMap<MatchSchema, SchemaEntityCounts> copy = new EnumMap<>(MatchSchema.class);
        for (MatchSchema schema : MatchSchema.values()) {
            SchemaEntityCounts counts = Objects.requireNonNull(bySchema.get(schema), () -> "no counts for " + schema);
            if (counts.schema() != schema) {
                throw new IllegalArgumentException(counts.schema() + " counts filed under " + schema);
            }
            copy.put(schema, counts);
        }
        bySchema = Collections.unmodifiableMap(copy);
        if (duplicatePredictions < 0 || duplicateGold < 0) {
            throw new IllegalArgumentException("duplicate counts must be >= 0");
        }
    }

    private static EntityDocumentCounts empty() {
        EnumMap<MatchSchema, SchemaEntityCounts> counts = new EnumMap<>(MatchSchema.class);
        for (MatchSchema schema : MatchSchema.values()) {
            counts.put(schema, SchemaEntityCounts.empty(schema));
        }
        return new EntityDocumentCounts(counts, 0, 0);
    }

    public EntityDocumentCounts plus(EntityDocumentCounts other) {
        EnumMap<MatchSchema, SchemaEntityCounts> sum = new EnumMap<>(MatchSchema.class);
        for (MatchSchema schema : MatchSchema.values()) {
            sum.put(schema, bySchema.get(schema).plus(other.bySchema.get(schema)));
        }
        return new EntityDocumentCounts(sum, duplicatePredictions + other.duplicatePredictions,
                duplicateGold + other.duplicateGold);
    }

    public SchemaEntityCounts schema(MatchSchema schema) {
        return bySchema.get(schema);
    }

    public EntityCounts overall(MatchSchema schema) {
        return bySchema.get(schema).overall();
    }

    public SortedMap<String, EntityCounts> byType(MatchSchema schema) {
        return bySchema.get(schema).byType();
    }

    /** The types with a gold or predicted mention (the same set under every schema). */
    public SortedSet<String> types() {
        return new TreeSet<>(bySchema.get(MatchSchema.STRICT).byType().keySet());
    }

    public PrecisionRecallF1 micro(MatchSchema schema) {
        return bySchema.get(schema).micro();
    }

    public PrecisionRecallF1 macro(MatchSchema schema) {
        return bySchema.get(schema).macro();
    }

    /** Shorthand for {@code micro(schema).f1()}, handy as a resampling statistic. */
    public double microF1(MatchSchema schema) {
        return overall(schema).f1(schema);
    }

    /** Shorthand for {@code macro(schema).f1()}, handy as a resampling statistic. */
    public double macroF1(MatchSchema schema) {
        return macro(schema).f1();
    }
}
