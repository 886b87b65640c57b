package org.newsbench.evaluation.metrics;

/**
 * Precision, recall and F1 of one schema, class or type, or their macro-average (then {@code f1} is the mean of the
 * F1 scores, not the harmonic mean of the mean precision and recall).
 */
public record PrecisionRecallF1(double precision, double recall, double f1) {

    /** All zeros: the score of nothing to find and nothing found. */
    public static final PrecisionRecallF1 ZERO = new PrecisionRecallF1(0, 0, 0);

    /** Precision and recall with their harmonic mean as F1 (0 when both are 0). */
    public static PrecisionRecallF1 of(double precision, double recall) {
        return new PrecisionRecallF1(precision, recall, Ratios.f1(precision, recall));
    }
}
