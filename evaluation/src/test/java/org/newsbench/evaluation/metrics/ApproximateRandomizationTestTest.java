package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class ApproximateRandomizationTestTest {

    private static final List<StanceCounts> GOOD = ResamplingFixtures.stanceUnits(137, 0.9, 1);
    private static final List<StanceCounts> WEAK = ResamplingFixtures.stanceUnits(137, 0.3, 2);

    @Test
    void identicalSystemsGivePValueOne() {
        double p = ApproximateRandomizationTest.pValue(GOOD, GOOD, StanceCounts.VECTORS, StanceCounts::semEvalFAvg,
                ApproximateRandomizationTest.DEFAULT_SHUFFLES, 1L);
        assertThat(p).isEqualTo(1.0);
        assertThat(ApproximateRandomizationTest.pValue(GOOD, GOOD, StanceCounts::plus, StanceCounts::semEvalFAvg,
                100, 1L)).isEqualTo(1.0);
    }

    @Test
    void aClearlyBetterSystemOnManyUnitsGetsASmallPValue() {
        double p = ApproximateRandomizationTest.pValue(GOOD, WEAK, StanceCounts.VECTORS, StanceCounts::semEvalFAvg,
                ApproximateRandomizationTest.DEFAULT_SHUFFLES, 1L);
        // No shuffle reaches the observed gap: p = (0 + 1)/(10000 + 1).
        assertThat(p).isLessThan(0.001);
    }

    @Test
    void alwaysRightAgainstAlwaysWrongOnThreeUnitsMatchesTheExactPermutationPValue() {
        // Accuracy: A = 1, B = 0, observed gap 1. Only "swap none" or "swap all" (2 of 2³ = 8 assignments) keep a
        // gap of 1, so the exact p is 1/4; the approximation is (hits + 1)/(10000 + 1) ≈ 0.25.
        List<StanceCounts> right = ResamplingFixtures.rightOrWrong(true, true, true);
        List<StanceCounts> wrong = ResamplingFixtures.rightOrWrong(false, false, false);
        double p = ApproximateRandomizationTest.pValue(right, wrong, StanceCounts.VECTORS, StanceCounts::accuracy,
                10_000, 3L);
        assertThat(p).isCloseTo(0.25, within(0.015));
    }

    @Test
    void sameSeedGivesTheSamePValueAndBothFormsAgree() {
        ToDoubleFunction<StanceCounts> statistic = StanceCounts::macroF1;
        List<StanceCounts> good = GOOD.subList(0, 70);
        List<StanceCounts> close = ResamplingFixtures.stanceUnits(70, 0.8, 9);
        double first = ApproximateRandomizationTest.pValue(good, close, StanceCounts.VECTORS, statistic, 500, 4L);
        double again = ApproximateRandomizationTest.pValue(good, close, StanceCounts.VECTORS, statistic, 500, 4L);
        double generic = ApproximateRandomizationTest.pValue(good, close, StanceCounts::plus, statistic, 500, 4L);
        assertThat(again).isEqualTo(first);
        assertThat(generic).isEqualTo(first);
        // Not a degenerate case: some but not all shuffles reach the observed gap.
        assertThat(first).isStrictlyBetween(1.0 / 501, 1.0);
    }

    @Test
    void entityFormsAgreeToo() {
        List<EntityDocumentCounts> a = ResamplingFixtures.entityUnits(5, 0.8, 1);
        List<EntityDocumentCounts> b = ResamplingFixtures.entityUnits(5, 0.6, 2);
        ToDoubleFunction<EntityDocumentCounts> macro = c -> c.macroF1(MatchSchema.PARTIAL);
        double vectors = ApproximateRandomizationTest.pValue(a, b, EntityDocumentCounts.VECTORS, macro, 2_000, 6L);
        assertThat(vectors)
                .isEqualTo(ApproximateRandomizationTest.pValue(a, b, EntityDocumentCounts::plus, macro, 2_000, 6L));
        // Five documents: only 2^5 swap patterns, two of which (none, all) reproduce the observed gap at least.
        assertThat(vectors).isGreaterThanOrEqualTo(1.0 / 16 - 0.02);
    }

    @Test
    void tenProviderPairsOfTenThousandShufflesRunQuickly() {
        List<List<StanceCounts>> systems = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            systems.add(ResamplingFixtures.stanceUnits(137, 0.4 + 0.1 * s, 100 + s));
        }
        List<List<EntityDocumentCounts>> taggers = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            taggers.add(ResamplingFixtures.entityUnits(5, 0.5 + 0.1 * s, 200 + s));
        }
        long start = System.nanoTime();
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                ApproximateRandomizationTest.pValue(systems.get(a), systems.get(b), StanceCounts.VECTORS,
                        StanceCounts::semEvalFAvg, 10_000, 1L);
                ApproximateRandomizationTest.pValue(taggers.get(a), taggers.get(b), EntityDocumentCounts.VECTORS,
                        c -> c.microF1(MatchSchema.STRICT), 10_000, 1L);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Generous bound for a loaded 2-core machine; typically well under a second.
        assertThat(seconds).isLessThan(10.0);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThatThrownBy(() -> ApproximateRandomizationTest.pValue(GOOD, GOOD.subList(0, 3), StanceCounts.VECTORS,
                StanceCounts::accuracy, 10, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApproximateRandomizationTest.pValue(List.<StanceCounts>of(), List.of(),
                StanceCounts.VECTORS, StanceCounts::accuracy, 10, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApproximateRandomizationTest.pValue(GOOD, GOOD, StanceCounts.VECTORS,
                StanceCounts::accuracy, 0, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
