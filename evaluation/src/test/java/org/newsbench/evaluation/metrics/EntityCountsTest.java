package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntityCountsTest {

    private static final EntityCounts COUNTS = new EntityCounts(3, 1, 2, 4, 2);

    @Test
    void possibleIsCorIncParMisAndActualIsCorIncParSpu() {
        assertThat(COUNTS.possible()).isEqualTo(3 + 1 + 2 + 4);
        assertThat(COUNTS.actual()).isEqualTo(3 + 1 + 2 + 2);
    }

    @Test
    void strictAndExactCreditOnlyCorrect() {
        // P = 3/8 = 0.375, R = 3/10 = 0.3, F1 = 2·0.375·0.3/0.675 = 0.3333...
        for (MatchSchema schema : new MatchSchema[] {MatchSchema.STRICT, MatchSchema.EXACT}) {
            assertThat(COUNTS.precision(schema)).isCloseTo(0.375, within(1e-12));
            assertThat(COUNTS.recall(schema)).isCloseTo(0.3, within(1e-12));
            assertThat(COUNTS.f1(schema)).isCloseTo(1.0 / 3, within(1e-12));
        }
    }

    @Test
    void partialAndTypeGiveHalfCreditToPartialMatches() {
        // (3 + 0.5·2) = 4; P = 4/8 = 0.5, R = 4/10 = 0.4, F1 = 2·0.5·0.4/0.9 = 0.4444...
        for (MatchSchema schema : new MatchSchema[] {MatchSchema.PARTIAL, MatchSchema.TYPE}) {
            assertThat(COUNTS.precision(schema)).isCloseTo(0.5, within(1e-12));
            assertThat(COUNTS.recall(schema)).isCloseTo(0.4, within(1e-12));
            assertThat(COUNTS.f1(schema)).isCloseTo(4.0 / 9, within(1e-12));
        }
    }

    @Test
    void zeroDenominatorsGiveZeroNotNaN() {
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(EntityCounts.ZERO.precision(schema)).isZero();
            assertThat(EntityCounts.ZERO.recall(schema)).isZero();
            assertThat(EntityCounts.ZERO.f1(schema)).isZero();
            EntityCounts onlySpurious = new EntityCounts(0, 0, 0, 0, 3);
            assertThat(onlySpurious.recall(schema)).isZero();
            assertThat(onlySpurious.f1(schema)).isZero();
        }
    }

    @Test
    void countsAddComponentwise() {
        assertThat(COUNTS.plus(new EntityCounts(1, 2, 3, 4, 5))).isEqualTo(new EntityCounts(4, 3, 5, 8, 7));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> new EntityCounts(0, -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
