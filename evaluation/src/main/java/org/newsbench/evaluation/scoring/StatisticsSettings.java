package org.newsbench.evaluation.scoring;

/**
 * How the statistics are computed: bootstrap resamples for confidence intervals, shuffles for the randomization test,
 * and the seed that makes both repeatable.
 */
public record StatisticsSettings(int bootstrapResamples, int randomizationShuffles, long seed, double confidenceLevel) {

    public static final StatisticsSettings DEFAULT = new StatisticsSettings(1000, 10_000, 20240806L, 0.95);

    public StatisticsSettings {
        if (bootstrapResamples < 1 || randomizationShuffles < 1) {
            throw new IllegalArgumentException("resamples and shuffles must be >= 1");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
    }
}
