package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsbench.api.StanceLabel.AGAINST;
import static org.newsbench.api.StanceLabel.FAVOR;
import static org.newsbench.api.StanceLabel.NONE;
import static org.newsbench.evaluation.metrics.Fixtures.gold;
import static org.newsbench.evaluation.metrics.Fixtures.instance;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceInstance;

class AgreementScorerTest {

    private static final StanceInstance I1 = instance("d", 0, 5, "T");
    private static final StanceInstance I2 = instance("d", 6, 10, "T");
    private static final StanceInstance I3 = instance("d", 11, 15, "T");
    private static final StanceInstance I4 = instance("d", 16, 20, "T");
    private static final StanceInstance J1 = instance("d", 0, 5, "U");

    /**
     * A and B on four instances of target T: (F,F), (F,A), (A,A), (N,N).
     *
     * <pre>
     * kappa: p_o = 3/4; A's marginals F 2, A 1, N 1; B's F 1, A 2, N 1;
     *        p_e = (2·1 + 1·2 + 1·1)/16 = 5/16; kappa = (12/16 − 5/16)/(11/16) = 7/11
     * alpha: coincidences o_FF 2, o_FA = o_AF 1, o_AA 2, o_NN 2; n_F 3, n_A 3, n_N 2, n 8;
     *        Σ_{c≠k} o_ck = 2; Σ_{c≠k} n_c n_k = 8² − (9 + 9 + 4) = 42; alpha = 1 − 7·2/42 = 2/3
     * </pre>
     */
    private static final List<LabelledStance> A = List.of(gold(I1, FAVOR), gold(I2, FAVOR), gold(I3, AGAINST),
            gold(I4, NONE));
    private static final List<LabelledStance> B = List.of(gold(I1, FAVOR), gold(I2, AGAINST), gold(I3, AGAINST),
            gold(I4, NONE));

    @Test
    void stanceKappaAndAlphaMatchTheHandComputation() {
        StanceAgreement agreement = AgreementScorer.stance(A, B);
        assertThat(agreement.cohenKappa()).isCloseTo(7.0 / 11, within(1e-12));
        assertThat(agreement.krippendorffAlpha()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(agreement.cohenKappa("T")).isCloseTo(7.0 / 11, within(1e-12));
        assertThat(agreement.krippendorffAlpha("T")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void instancesLabelledByOneAnnotatorOnlyAreCountedAndLeftOutOfAgreement() {
        List<LabelledStance> aWithExtra = new java.util.ArrayList<>(A);
        aWithExtra.add(gold(J1, FAVOR));
        StanceAgreement agreement = AgreementScorer.stance(aWithExtra, B);
        assertThat(agreement.onlyInA()).isEqualTo(1);
        assertThat(agreement.onlyInB()).isZero();
        assertThat(agreement.byTarget()).containsOnlyKeys("T");
        assertThat(agreement.cohenKappa()).isCloseTo(7.0 / 11, within(1e-12));
        assertThat(agreement.krippendorffAlpha()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void alphaFromPairedLabelsEqualsAlphaFromUnitsWithTheUnpairedOneMissing() {
        double fromUnits = KrippendorffAlpha.nominal(List.of(List.of("F", "F"), List.of("F", "A"), List.of("A", "A"),
                List.of("N", "N"), List.of("F")));
        assertThat(fromUnits).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void alphaHandlesThreeCodersAndMissingValues() {
        // u1 {a,a,a}: o_aa += 3·2/2 = 3; u2 {a,b}: o_ab = o_ba = 1; u3 {b,b,b}: o_bb 3; u4 {a}: unpairable.
        // n_a = n_b = 4, n = 8; Σ_{c≠k} o_ck = 2; Σ_{c≠k} n_c n_k = 32; alpha = 1 − 7·2/32 = 9/16.
        double alpha = KrippendorffAlpha.nominal(List.of(List.of("a", "a", "a"), List.of("a", "b"),
                List.of("b", "b", "b"), List.of("a")));
        assertThat(alpha).isCloseTo(9.0 / 16, within(1e-12));
    }

    @Test
    void alphaAndKappaAreZeroWhenBothAnnotatorsUseOnlyNone() {
        List<LabelledStance> allNone = List.of(gold(I1, NONE), gold(I2, NONE));
        StanceAgreement agreement = AgreementScorer.stance(allNone, allNone);
        assertThat(agreement.overall().accuracy()).isEqualTo(1.0);
        assertThat(agreement.cohenKappa()).isZero();
        assertThat(agreement.krippendorffAlpha()).isZero();
    }

    @Test
    void alphaOfNothingIsZero() {
        assertThat(KrippendorffAlpha.nominal(List.<List<String>>of())).isZero();
        assertThat(KrippendorffAlpha.nominal(ConfusionMatrix.EMPTY)).isZero();
    }

    @Test
    void perfectAgreementOnVariedLabelsGivesAlphaAndKappaOne() {
        StanceAgreement agreement = AgreementScorer.stance(A, A);
        assertThat(agreement.cohenKappa()).isCloseTo(1.0, within(1e-12));
        assertThat(agreement.krippendorffAlpha()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void entityAgreementScoresBAgainstAStrictAndPartial() {
        // Doc x: A {[0,5) PER, [10,20) ORG}, B {[0,5) PER, [10,15) ORG}; doc y: A {}, B {[0,3) LOC}.
        // strict: COR 1, INC 1, SPU 1 -> P 1/3, R 1/2, F1 0.4
        // partial: COR 1, PAR 1, SPU 1 -> P 1.5/3, R 1.5/2, F1 2·0.5·0.75/1.25 = 0.6
        EntityAgreement agreement = AgreementScorer.entities(
                List.of(mention("x", 0, 5, "PER"), mention("x", 10, 20, "ORG")),
                List.of(mention("x", 0, 5, "PER"), mention("x", 10, 15, "ORG"), mention("y", 0, 3, "LOC")));
        assertThat(agreement.strictF1()).isCloseTo(0.4, within(1e-12));
        assertThat(agreement.partialF1()).isCloseTo(0.6, within(1e-12));
        assertThat(Arrays.asList(agreement.counts().overall(MatchSchema.STRICT)))
                .containsExactly(new EntityCounts(1, 1, 0, 0, 1));
    }
}
