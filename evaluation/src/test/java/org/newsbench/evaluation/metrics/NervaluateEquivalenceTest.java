package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.EntityMention;

/**
 * The six scenarios of the SemEval-2013 Task 9.1 table reproduced in nervaluate's README, in one document, with the
 * nervaluate 1.x output computed by hand from its algorithm.
 *
 * <pre>
 * text: "tikosyn healthy warfarin propranolol phenytoin tablets aspirin"
 *
 * scenario  gold                        predicted                        strict exact partial type
 * I         BRAND tikosyn [0,7)         BRAND tikosyn [0,7)              COR    COR   COR     COR
 * II        BRAND healthy [8,15)        -                                MIS    MIS   MIS     MIS
 * III       -                           BRAND aspirin [55,62)            SPU    SPU   SPU     SPU
 * IV        DRUG warfarin [16,24)       BRAND warfarin [16,24)           INC    COR   COR     INC
 * V         BRAND propranolol [25,36)   BRAND propranol [25,34)          INC    INC   PAR     COR
 * VI        GROUP phenytoin [37,46)     BRAND phenytoin tablets [37,54)  INC    INC   PAR     INC
 * </pre>
 */
class NervaluateEquivalenceTest {

    private static final List<EntityMention> GOLD = List.of(
            mention(0, 7, "BRAND"), mention(8, 15, "BRAND"), mention(16, 24, "DRUG"),
            mention(25, 36, "BRAND"), mention(37, 46, "GROUP"));
    private static final List<EntityMention> PREDICTED = List.of(
            mention(0, 7, "BRAND"), mention(55, 62, "BRAND"), mention(16, 24, "BRAND"),
            mention(25, 34, "BRAND"), mention(37, 54, "BRAND"));

    private final EntityDocumentCounts counts = EntityMatcher.count(GOLD, PREDICTED);

    @Test
    void overallCountsMatchNervaluateForEverySchema() {
        // Column sums of the table above: (COR, INC, PAR, MIS, SPU).
        assertThat(counts.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 3, 0, 1, 1));
        assertThat(counts.overall(MatchSchema.EXACT)).isEqualTo(new EntityCounts(2, 2, 0, 1, 1));
        assertThat(counts.overall(MatchSchema.PARTIAL)).isEqualTo(new EntityCounts(2, 0, 2, 1, 1));
        assertThat(counts.overall(MatchSchema.TYPE)).isEqualTo(new EntityCounts(2, 2, 0, 1, 1));
    }

    @Test
    void overallScoresMatchNervaluateForEverySchema() {
        // POS = ACT = 5 everywhere. strict 1/5; exact 2/5; partial (2 + 0.5·2)/5 = 0.6; type 2/5.
        assertThat(counts.micro(MatchSchema.STRICT)).isEqualTo(PrecisionRecallF1.of(0.2, 0.2));
        assertThat(counts.micro(MatchSchema.EXACT)).isEqualTo(PrecisionRecallF1.of(0.4, 0.4));
        assertThat(counts.micro(MatchSchema.PARTIAL).precision()).isCloseTo(0.6, within(1e-12));
        assertThat(counts.micro(MatchSchema.PARTIAL).recall()).isCloseTo(0.6, within(1e-12));
        assertThat(counts.micro(MatchSchema.PARTIAL).f1()).isCloseTo(0.6, within(1e-12));
        assertThat(counts.micro(MatchSchema.TYPE)).isEqualTo(PrecisionRecallF1.of(0.4, 0.4));
    }

    @Test
    void perTypeCountsComeFromMatchingEachTypeAlone() {
        // BRAND alone: gold {I, II, V}, predicted {I, III, IV', V', VI'}. IV' and VI' overlap only non-BRAND gold,
        // which is filtered out, so they are SPU; V' overlaps V: INC (strict, exact), PAR (partial), COR (type).
        assertThat(counts.byType(MatchSchema.STRICT).get("BRAND")).isEqualTo(new EntityCounts(1, 1, 0, 1, 3));
        assertThat(counts.byType(MatchSchema.EXACT).get("BRAND")).isEqualTo(new EntityCounts(1, 1, 0, 1, 3));
        assertThat(counts.byType(MatchSchema.PARTIAL).get("BRAND")).isEqualTo(new EntityCounts(1, 0, 1, 1, 3));
        assertThat(counts.byType(MatchSchema.TYPE).get("BRAND")).isEqualTo(new EntityCounts(2, 0, 0, 1, 3));
        // DRUG and GROUP have no prediction of their own type: their gold is MIS under every schema.
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.byType(schema).get("DRUG")).isEqualTo(new EntityCounts(0, 0, 0, 1, 0));
            assertThat(counts.byType(schema).get("GROUP")).isEqualTo(new EntityCounts(0, 0, 0, 1, 0));
        }
        assertThat(counts.types()).containsExactly("BRAND", "DRUG", "GROUP");
    }

    @Test
    void macroAveragesPerTypeScoresOverGoldAndPredictedTypes() {
        // strict BRAND: P = 1/5, R = 1/3, F1 = 2·(1/5)(1/3)/(8/15) = 0.25; DRUG and GROUP: 0, 0, 0.
        // macro P = 0.2/3, R = (1/3)/3, F1 = 0.25/3.
        PrecisionRecallF1 macro = counts.macro(MatchSchema.STRICT);
        assertThat(macro.precision()).isCloseTo(0.2 / 3, within(1e-12));
        assertThat(macro.recall()).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(macro.f1()).isCloseTo(0.25 / 3, within(1e-12));
    }

    @Test
    void inputOrderDoesNotChangeTheCounts() {
        List<EntityMention> reversedGold = new java.util.ArrayList<>(GOLD);
        List<EntityMention> reversedPredicted = new java.util.ArrayList<>(PREDICTED);
        java.util.Collections.reverse(reversedGold);
        java.util.Collections.reverse(reversedPredicted);
        assertThat(EntityMatcher.count(reversedGold, reversedPredicted)).isEqualTo(counts);
    }
}
