package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {

    private static final List<StanceCounts> STANCE = ResamplingFixtures.stanceUnits(137, 0.6, 3);
    private static final List<EntityDocumentCounts> ENTITIES = ResamplingFixtures.entityUnits(5, 0.7, 3);

    @Test
    void sameSeedGivesTheSameInterval() {
        ConfidenceInterval first = BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::semEvalFAvg, 1_000, 11L, 0.95);
        ConfidenceInterval second = BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::semEvalFAvg, 1_000, 11L, 0.95);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveSlightlyDifferentIntervals() {
        ConfidenceInterval first = BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::semEvalFAvg, 1_000, 11L, 0.95);
        ConfidenceInterval other = BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::semEvalFAvg, 1_000, 12L, 0.95);
        assertThat(other).isNotEqualTo(first);
        assertThat(other.low()).isCloseTo(first.low(), within(0.05));
    }

    @Test
    void intervalContainsThePointEstimateOfTheFullSample() {
        ConfidenceInterval interval = BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::macroF1, BootstrapInterval.DEFAULT_RESAMPLES, 5L, BootstrapInterval.DEFAULT_LEVEL);
        StanceCounts all = STANCE.stream().reduce(StanceCounts::plus).orElseThrow();
        assertThat(interval.estimate()).isEqualTo(all.macroF1());
        assertThat(interval.contains(interval.estimate())).isTrue();
        assertThat(interval.low()).isLessThan(interval.high());
        assertThat(interval.resamples()).isEqualTo(1_000);
        assertThat(interval.level()).isEqualTo(0.95);
    }

    @Test
    void vectorAndGenericFormsGiveIdenticalIntervals() {
        ToDoubleFunction<EntityDocumentCounts> strictF1 = c -> c.microF1(MatchSchema.STRICT);
        ConfidenceInterval generic = BootstrapInterval.interval(ENTITIES, EntityDocumentCounts::plus, strictF1,
                500, 99L, 0.9);
        ConfidenceInterval vectors = BootstrapInterval.interval(ENTITIES, EntityDocumentCounts.VECTORS, strictF1,
                500, 99L, 0.9);
        assertThat(vectors).isEqualTo(generic);
        assertThat(generic.contains(generic.estimate())).isTrue();
    }

    @Test
    void severalStatisticsShareTheResamplesAndMatchSingleCalls() {
        Map<String, ToDoubleFunction<StanceCounts>> statistics = new LinkedHashMap<>();
        statistics.put("fAvg", StanceCounts::semEvalFAvg);
        statistics.put("kappa", StanceCounts::cohenKappa);
        Map<String, ConfidenceInterval> intervals = BootstrapInterval.intervals(STANCE, StanceCounts.VECTORS,
                statistics, 300, 8L, 0.95);
        assertThat(intervals.keySet()).containsExactly("fAvg", "kappa");
        assertThat(intervals.get("kappa")).isEqualTo(BootstrapInterval.interval(STANCE, StanceCounts::plus,
                StanceCounts::cohenKappa, 300, 8L, 0.95));
    }

    @Test
    void identicalUnitsGiveADegenerateIntervalAtTheirValue() {
        // Every resample sums 4 copies of the same unit: the statistic is always 1/2.
        List<StanceCounts> same = Collections.nCopies(4, ResamplingFixtures.rightOrWrong(true, false).stream()
                .reduce(StanceCounts::plus).orElseThrow());
        ConfidenceInterval interval = BootstrapInterval.interval(same, StanceCounts.VECTORS, StanceCounts::accuracy,
                200, 1L, 0.95);
        assertThat(interval).isEqualTo(new ConfidenceInterval(0.5, 0.5, 0.5, 0.95, 200));
    }

    @Test
    void percentilesInterpolateLinearlyBetweenOrderStatistics() {
        double[] sorted = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // type 7: h = q·(n − 1); q = 0.025 -> h = 0.25 -> 0.25; q = 0.975 -> h = 9.75 -> 9.75
        assertThat(BootstrapInterval.quantile(sorted, 0.025)).isCloseTo(0.25, within(1e-12));
        assertThat(BootstrapInterval.quantile(sorted, 0.975)).isCloseTo(9.75, within(1e-12));
        assertThat(BootstrapInterval.quantile(sorted, 1.0)).isEqualTo(10);
        assertThat(BootstrapInterval.quantile(new double[] {3}, 0.5)).isEqualTo(3);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> BootstrapInterval.interval(List.<StanceCounts>of(), StanceCounts.VECTORS,
                StanceCounts::accuracy, 10, 1L, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::accuracy, 0, 1L, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapInterval.interval(STANCE, StanceCounts.VECTORS,
                StanceCounts::accuracy, 10, 1L, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
