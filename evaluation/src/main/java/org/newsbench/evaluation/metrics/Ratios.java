package org.newsbench.evaluation.metrics;

/** Division with the module-wide convention that a zero denominator gives 0, never NaN or infinity. */
final class Ratios {

    private Ratios() {
    }

    static double divide(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    static double f1(double precision, double recall) {
        return divide(2 * precision * recall, precision + recall);
    }
}
