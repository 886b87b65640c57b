package org.newsbench.evaluation.metrics;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsbench.api.EntityMention;

/**
 * The matching pass of one document under every {@link MatchSchema}: the category of each gold and predicted mention,
 * from which its {@link #counts()} are derived. Made by {@link EntityMatcher#match}.
 *
 * @param matching             the algorithm that produced it
 * @param duplicatePredictions predicted mentions identical (same span and type) to an earlier one: dropped before
 *                             matching under {@link EntityMatching#CORRECT_FIRST}, scored like any other under
 *                             {@link EntityMatching#NERVALUATE}
 * @param duplicateGold        gold mentions identical to an earlier one, treated the same way
 */
public record EntityDocumentMatch(EntityMatching matching, Map<MatchSchema, SchemaMatch> bySchema,
                                  int duplicatePredictions, int duplicateGold) {

    private static final Comparator<MatchedMention> BY_POSITION = Comparator
            .comparingInt((MatchedMention error) -> start(error))
            .thenComparing(MatchedMention::category);

    public EntityDocumentMatch {
        Objects.requireNonNull(matching, "matching");
        EnumMap<MatchSchema, SchemaMatch> copy = new EnumMap<>(MatchSchema.class);
        for (MatchSchema schema : MatchSchema.values()) {
            SchemaMatch match = Objects.requireNonNull(bySchema.get(schema), () -> "no match for " + schema);
            if (match.schema() != schema) {
                throw new IllegalArgumentException(match.schema() + " match filed under " + schema);
            }
            copy.put(schema, match);
        }
        bySchema = Collections.unmodifiableMap(copy);
        if (duplicatePredictions < 0 || duplicateGold < 0) {
            throw new IllegalArgumentException("duplicate counts must be >= 0");
        }
    }

    public SchemaMatch schema(MatchSchema schema) {
        return bySchema.get(schema);
    }

    /** The counts of every schema, derived from the categories. */
    public EntityDocumentCounts counts() {
        EnumMap<MatchSchema, SchemaEntityCounts> counts = new EnumMap<>(MatchSchema.class);
        bySchema.forEach((schema, match) -> counts.put(schema, match.counts()));
        return new EntityDocumentCounts(counts, duplicatePredictions, duplicateGold);
    }

    /**
     * The errors behind the strict counts: each strict INC, MIS and SPU once, sorted by the first code point either
     * of its mentions covers. Their number is INC + MIS + SPU of {@code counts().overall(STRICT)}.
     */
    public List<MatchedMention> strictErrors() {
        return bySchema.get(MatchSchema.STRICT).overall().stream().filter(MatchedMention::isError)
                .sorted(BY_POSITION).toList();
    }

    private static int start(MatchedMention mention) {
        EntityMention predicted = mention.predicted();
        EntityMention gold = mention.gold();
        if (predicted == null) {
            return gold.span().start();
        }
        return gold == null ? predicted.span().start() : Math.min(predicted.span().start(), gold.span().start());
    }
}
