package org.newsbench.evaluation.scoring;

import java.util.Objects;

import org.newsbench.evaluation.metrics.EntityMatching;

/**
 * How the figures are computed: the entity matching that produces the counts, bootstrap resamples for confidence
 * intervals, shuffles for the randomization test, and the seed that makes both repeatable.
 */
public record StatisticsSettings(int bootstrapResamples, int randomizationShuffles, long seed, double confidenceLevel,
                                 EntityMatching entityMatching) {

    public static final StatisticsSettings DEFAULT = new StatisticsSettings(1000, 10_000, 20240806L, 0.95);

    public StatisticsSettings {
        if (bootstrapResamples < 1 || randomizationShuffles < 1) {
            throw new IllegalArgumentException("resamples and shuffles must be >= 1");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        Objects.requireNonNull(entityMatching, "entityMatching");
    }

    /** Settings with the {@linkplain EntityMatching#DEFAULT default} entity matching. */
    public StatisticsSettings(int bootstrapResamples, int randomizationShuffles, long seed, double confidenceLevel) {
        this(bootstrapResamples, randomizationShuffles, seed, confidenceLevel, EntityMatching.DEFAULT);
    }
}
