package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.newsbench.api.StanceLabel.AGAINST;
import static org.newsbench.api.StanceLabel.FAVOR;
import static org.newsbench.api.StanceLabel.NONE;
import static org.newsbench.evaluation.metrics.Fixtures.gold;
import static org.newsbench.evaluation.metrics.Fixtures.instance;
import static org.newsbench.evaluation.metrics.Fixtures.predicted;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;

/**
 * Hand-computed example over two targets (gold → predicted):
 *
 * <pre>
 * UKRAINE: F→F, F→A, A→A, N→N, N→F
 * RUSSIA:  A→A, A→(missing, counted NONE), F→F
 *
 * pooled, rows gold F/A/N, columns predicted F/A/N:
 *   F [2 1 0]   A [0 2 1]   N [1 0 1]      N = 8, diagonal 5, accuracy 5/8 = 0.625
 *   column sums F 3, A 3, N 2; row sums F 3, A 3, N 2
 *   F_FAVOR: P 2/3 R 2/3 F 2/3;  F_AGAINST: P 2/3 R 2/3 F 2/3;  F_NONE: P 1/2 R 1/2 F 1/2
 *   macro-F1 = (2/3 + 2/3 + 1/2)/3 = 11/18;  F_avg = (2/3 + 2/3)/2 = 2/3
 *   p_e = (3·3 + 3·3 + 2·2)/64 = 22/64;  kappa = (40/64 − 22/64)/(1 − 22/64) = 18/42 = 3/7
 * UKRAINE alone: F [1 1 0] A [0 1 0] N [1 0 1]: F_FAVOR P 1/2 R 1/2 = 1/2; F_AGAINST P 1/2 R 1 = 2/3;
 *   F_avg = 7/12
 * RUSSIA alone:  F [1 0 0] A [0 1 1] N [0 0 0]: F_FAVOR 1; F_AGAINST P 1 R 1/2 = 2/3; F_avg = 5/6
 * mean of per-target F_avg = (7/12 + 10/12)/2 = 17/24
 * </pre>
 */
class StanceScoringTest {

    private static final StanceInstance U1 = instance("d1", 0, 10, "UKRAINE");
    private static final StanceInstance U2 = instance("d1", 11, 20, "UKRAINE");
    private static final StanceInstance U3 = instance("d1", 21, 30, "UKRAINE");
    private static final StanceInstance U4 = instance("d1", 31, 40, "UKRAINE");
    private static final StanceInstance U5 = instance("d2", 0, 10, "UKRAINE");
    private static final StanceInstance R1 = instance("d1", 0, 10, "RUSSIA");
    private static final StanceInstance R2 = instance("d1", 11, 20, "RUSSIA");
    private static final StanceInstance R3 = instance("d2", 0, 10, "RUSSIA");

    private static final List<LabelledStance> GOLD = List.of(
            gold(U1, FAVOR), gold(U2, FAVOR), gold(U3, AGAINST), gold(U4, NONE), gold(U5, NONE),
            gold(R1, AGAINST), gold(R2, AGAINST), gold(R3, FAVOR));
    private static final List<StancePrediction> PREDICTED = List.of(
            predicted(U1, FAVOR), predicted(U2, AGAINST), predicted(U3, AGAINST), predicted(U4, NONE),
            predicted(U5, FAVOR), predicted(R1, AGAINST), predicted(R3, FAVOR));

    private final StanceCounts counts = StanceMatcher.count(GOLD, PREDICTED);

    @Test
    void confusionMatrixPoolsTargetsAndCountsAMissingPredictionAsNone() {
        assertThat(counts.overall()).isEqualTo(ConfusionMatrix.of(new int[][] {{2, 1, 0}, {0, 2, 1}, {1, 0, 1}}));
        assertThat(counts.missingPredictions()).isEqualTo(1);
        assertThat(counts.byTarget().get("RUSSIA").missingPredictions()).isEqualTo(1);
        assertThat(counts.byTarget().get("UKRAINE").missingPredictions()).isZero();
    }

    @Test
    void pooledMetricsMatchTheHandComputation() {
        ConfusionMatrix pooled = counts.overall();
        assertThat(counts.accuracy()).isCloseTo(0.625, within(1e-12));
        assertThat(pooled.scores(FAVOR).f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pooled.scores(AGAINST).precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pooled.scores(NONE)).isEqualTo(PrecisionRecallF1.of(0.5, 0.5));
        assertThat(counts.macroF1()).isCloseTo(11.0 / 18, within(1e-12));
        assertThat(counts.semEvalFAvg()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pooled.expectedAgreement()).isCloseTo(22.0 / 64, within(1e-12));
        assertThat(counts.cohenKappa()).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void perTargetMetricsMatchTheHandComputation() {
        assertThat(counts.target("UKRAINE").semEvalFAvg()).isCloseTo(7.0 / 12, within(1e-12));
        assertThat(counts.target("RUSSIA").semEvalFAvg()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(counts.semEvalFAvgMacroOverTargets()).isCloseTo(17.0 / 24, within(1e-12));
        assertThat(counts.target("UKRAINE").accuracy()).isCloseTo(0.6, within(1e-12));
        assertThat(counts.target("NOBODY")).isEqualTo(ConfusionMatrix.EMPTY);
    }

    @Test
    void pairingUsesTargetIdNotAliases() {
        StanceInstance sameIdOtherAliases = new StanceInstance("d1", new Span(0, 10),
                new org.newsbench.api.StanceTarget("UKRAINE", List.of("Kyiv")));
        StanceCounts paired = StanceMatcher.count(List.of(gold(U1, FAVOR)),
                List.of(predicted(sameIdOtherAliases, FAVOR)));
        assertThat(paired.overall().count(FAVOR, FAVOR)).isEqualTo(1);
        assertThat(paired.unpairedPredictions()).isZero();
    }

    @Test
    void predictionWithoutGoldIsUnpairedAndNotScored() {
        StanceCounts scored = StanceMatcher.count(List.of(gold(U1, FAVOR)),
                List.of(predicted(U1, FAVOR), predicted(U2, AGAINST)));
        assertThat(scored.overall().total()).isEqualTo(1);
        assertThat(scored.unpairedPredictions()).isEqualTo(1);
    }

    @Test
    void onlyTheFirstPredictionOfAnInstanceIsScoredAndDuplicatesAreReported() {
        StanceCounts scored = StanceMatcher.count(List.of(gold(U1, FAVOR)),
                List.of(predicted(U1, FAVOR), predicted(U1, AGAINST)));
        assertThat(scored.overall().count(FAVOR, FAVOR)).isEqualTo(1);
        assertThat(scored.overall().total()).isEqualTo(1);
        assertThat(scored.duplicatePredictions()).isEqualTo(1);
    }

    @Test
    void twoGoldLabelsForOneInstanceAreRejected() {
        assertThatThrownBy(() -> StanceMatcher.count(List.of(gold(U1, FAVOR), gold(U1, AGAINST)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyGoldAndPredictionsGiveZerosEverywhere() {
        StanceCounts empty = StanceMatcher.count(List.of(), List.of());
        assertThat(empty).isEqualTo(StanceCounts.EMPTY);
        assertThat(empty.accuracy()).isZero();
        assertThat(empty.macroF1()).isZero();
        assertThat(empty.semEvalFAvg()).isZero();
        assertThat(empty.cohenKappa()).isZero();
        assertThat(empty.semEvalFAvgMacroOverTargets()).isZero();
    }

    @Test
    void kappaIsZeroWhenBothSidesUseOneAndTheSameLabelThroughout() {
        // p_o = 1 and p_e = 1: kappa = 0/0, reported as 0 by convention (accuracy shows the perfect agreement).
        ConfusionMatrix allNone = ConfusionMatrix.of(new int[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 4}});
        assertThat(allNone.expectedAgreement()).isEqualTo(1.0);
        assertThat(allNone.cohenKappa()).isZero();
        assertThat(allNone.accuracy()).isEqualTo(1.0);
        // F_FAVOR and F_AGAINST have zero denominators: F_avg 0. NONE alone is perfect: macro-F1 (0 + 0 + 1)/3.
        assertThat(allNone.semEvalFAvg()).isZero();
        assertThat(allNone.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void kappaOfPerfectAgreementOverSeveralLabelsIsOne() {
        assertThat(ConfusionMatrix.of(new int[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 3}}).cohenKappa())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void fAvgIgnoresNoneExceptThroughFavorAndAgainstErrors() {
        // Gold N→F costs FAVOR precision; gold F→N costs FAVOR recall; N→N is invisible to F_avg.
        ConfusionMatrix matrix = ConfusionMatrix.of(new int[][] {{1, 0, 1}, {0, 0, 0}, {1, 0, 50}});
        // F_FAVOR: P 1/2, R 1/2 -> 1/2; F_AGAINST 0 -> F_avg 1/4.
        assertThat(matrix.semEvalFAvg()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void countPerSentenceGivesOneUnitPerGoldSentenceThatSumsToTheWhole() {
        SortedMap<SentenceKey, StanceCounts> perSentence = StanceMatcher.countPerSentence(GOLD, PREDICTED);
        assertThat(perSentence).hasSize(5);
        assertThat(perSentence.firstKey()).isEqualTo(new SentenceKey("d1", new Span(0, 10)));
        StanceCounts sum = StanceCounts.EMPTY;
        for (StanceCounts unit : perSentence.values()) {
            sum = sum.plus(unit);
        }
        assertThat(sum).isEqualTo(counts);
    }

    @Test
    void confusionMatrixRejectsMalformedCells() {
        assertThatThrownBy(() -> new ConfusionMatrix(new int[8])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfusionMatrix(new int[] {0, 0, 0, 0, -1, 0, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confusionMatrixCellsCannotBeChangedFromOutside() {
        int[] cells = new int[9];
        ConfusionMatrix matrix = new ConfusionMatrix(cells);
        cells[0] = 5;
        matrix.cells()[0] = 7;
        assertThat(matrix.count(StanceLabel.FAVOR, StanceLabel.FAVOR)).isZero();
    }

    @Test
    void pairsAreTheLabelsTheCountsScoreSoTheirErrorsAreTheOffDiagonalCells() {
        // A duplicate for U2 (only the first, AGAINST, is scored) and R2 missing (scored as NONE).
        List<StancePrediction> predicted = new java.util.ArrayList<>(PREDICTED);
        predicted.add(predicted(U2, FAVOR));
        List<StancePair> pairs = StanceMatcher.pair(GOLD, predicted);

        assertThat(pairs).extracting(pair -> pair.gold().instance(), StancePair::predicted, StancePair::missing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(U1, FAVOR, false),
                        org.assertj.core.groups.Tuple.tuple(U2, AGAINST, false),
                        org.assertj.core.groups.Tuple.tuple(U3, AGAINST, false),
                        org.assertj.core.groups.Tuple.tuple(U4, NONE, false),
                        org.assertj.core.groups.Tuple.tuple(U5, FAVOR, false),
                        org.assertj.core.groups.Tuple.tuple(R1, AGAINST, false),
                        org.assertj.core.groups.Tuple.tuple(R2, NONE, true),
                        org.assertj.core.groups.Tuple.tuple(R3, FAVOR, false));
        ConfusionMatrix pooled = StanceMatcher.count(GOLD, predicted).overall();
        // 8 instances, 5 on the diagonal (see the class comment): 3 errors, U2, U5 and R2.
        assertThat(pairs.stream().filter(StancePair::isError).map(pair -> pair.gold().instance()))
                .containsExactly(U2, U5, R2).hasSize(pooled.total() - pooled.agreements());
    }
}
