package org.newsbench.evaluation.metrics;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The matching pass of one document under one schema: the category of every mention over all types, and for each type
 * from matching that type's gold mentions against that type's predictions alone (as nervaluate's per-entity results).
 *
 * @param overall every prediction once (COR, INC, PAR or SPU, in matching order), then every missed gold mention
 * @param byType  the same for each type with a gold or predicted mention, sorted by type
 */
public record SchemaMatch(MatchSchema schema, List<MatchedMention> overall,
                          SortedMap<String, List<MatchedMention>> byType) {

    /** @throws IllegalArgumentException for PAR outside the PARTIAL schema or INC inside it */
    public SchemaMatch {
        Objects.requireNonNull(schema, "schema");
        overall = List.copyOf(overall);
        SortedMap<String, List<MatchedMention>> copy = new TreeMap<>();
        byType.forEach((type, mentions) -> copy.put(type, List.copyOf(mentions)));
        byType = Collections.unmodifiableSortedMap(copy);
        MatchCategory impossible = schema == MatchSchema.PARTIAL ? MatchCategory.INC : MatchCategory.PAR;
        if (overall.stream().anyMatch(mention -> mention.category() == impossible)
                || byType.values().stream().flatMap(List::stream).anyMatch(m -> m.category() == impossible)) {
            throw new IllegalArgumentException(impossible + " cannot occur under " + schema);
        }
    }

    /** The counts of this pass: its categories counted, overall and per type. */
    public SchemaEntityCounts counts() {
        SortedMap<String, EntityCounts> countsByType = new TreeMap<>();
        byType.forEach((type, mentions) -> countsByType.put(type, EntityCounts.of(mentions)));
        return new SchemaEntityCounts(schema, EntityCounts.of(overall), countsByType);
    }
}
