package org.newsbench.evaluation.metrics;

/**
 * How a predicted entity mention is matched to a gold one: the four schemas of SemEval-2013 Task 9.1 as implemented by
 * nervaluate 1.x ({@code strict}, {@code exact}, {@code partial}, {@code ent_type}). See METRICS.md for the matching
 * algorithm.
 */
public enum MatchSchema {
    /** Correct only with the same boundaries and the same type; any other overlap is incorrect. */
    STRICT,
    /** Correct with the same boundaries, whatever the type; any other overlap is incorrect. */
    EXACT,
    /** Correct with the same boundaries, whatever the type; any other overlap is partial (half credit). */
    PARTIAL,
    /** Correct with any overlap and the same type; an overlap with another type is incorrect. */
    TYPE;

    /**
     * Whether a partial match earns half credit in precision and recall, (COR + 0.5 PAR) / ACT: true for PARTIAL and
     * TYPE, as in nervaluate (TYPE never produces PAR, so its formula reduces to COR / ACT).
     */
    public boolean halfCreditsPartial() {
        return this == PARTIAL || this == TYPE;
    }
}
