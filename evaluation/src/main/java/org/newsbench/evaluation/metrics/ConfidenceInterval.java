package org.newsbench.evaluation.metrics;

/**
 * A bootstrap confidence interval.
 *
 * @param estimate  the statistic on the full sample (the sum of all units)
 * @param low       lower percentile bound
 * @param high      upper percentile bound
 * @param level     nominal coverage, such as 0.95
 * @param resamples how many bootstrap resamples it was computed from
 */
public record ConfidenceInterval(double estimate, double low, double high, double level, int resamples) {

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
