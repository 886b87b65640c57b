package org.newsbench.evaluation.metrics;

import java.util.Objects;

/**
 * Entity agreement between two annotators: annotator B's mentions scored against annotator A's as if A were gold.
 * Strict F1 is symmetric in A and B; partial F1 nearly so (the greedy matching runs from B's side).
 */
public record EntityAgreement(EntityDocumentCounts counts) {

    public EntityAgreement {
        Objects.requireNonNull(counts, "counts");
    }

    public double strictF1() {
        return counts.microF1(MatchSchema.STRICT);
    }

    public double partialF1() {
        return counts.microF1(MatchSchema.PARTIAL);
    }
}
