package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsbench.api.EntityMention;

/**
 * The six scenarios of the SemEval-2013 Task 9.1 table reproduced in nervaluate's README, in one document, with the
 * nervaluate 1.x output computed by hand from its algorithm; then predictions that overlap each other or several gold
 * mentions ({@link OverlappingPredictions}), whose expected counts were computed by running nervaluate 1.2's
 * algorithm (strategies.py) on the same spans, sorted by (start, end, type), end offsets made inclusive.
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

    private static EntityCounts c(int cor, int inc, int par, int mis, int spu) {
        return new EntityCounts(cor, inc, par, mis, spu);
    }

    /** Asserts the overall counts ({@code type == null}) or one type's counts under STRICT, EXACT, PARTIAL, TYPE. */
    private static void assertCounts(EntityDocumentCounts counts, String type, EntityCounts strict, EntityCounts exact,
                                     EntityCounts partial, EntityCounts entType) {
        List<EntityCounts> expected = List.of(strict, exact, partial, entType);
        for (MatchSchema schema : MatchSchema.values()) {
            EntityCounts actual = type == null ? counts.overall(schema) : counts.byType(schema).get(type);
            assertThat(actual).as("%s %s", schema, type == null ? "overall" : type)
                    .isEqualTo(expected.get(schema.ordinal()));
        }
    }

    /** Asserts the same counts for {@code type} under every schema. */
    private static void assertCounts(EntityDocumentCounts counts, String type, EntityCounts all) {
        assertCounts(counts, type, all, all, all, all);
    }

    @Nested
    class OverlappingPredictions {

        @Test
        void twoPredictionsOnOneGoldTheWrongTypeFirstTakesIt() {
            // gold PER [0,10); predicted ORG [0,10), PER [0,10): ORG sorts first and takes the gold.
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 10, "PER")),
                    List.of(mention(0, 10, "PER"), mention(0, 10, "ORG")));
            assertCounts(counts, null, c(0, 1, 0, 0, 1), c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1), c(0, 1, 0, 0, 1));
            assertCounts(counts, "ORG", c(0, 0, 0, 0, 1));
            assertCounts(counts, "PER", c(1, 0, 0, 0, 0));
        }

        @Test
        void twoPiecesOfOneGoldOfTheSameType() {
            // gold PER [0,10); predicted PER [0,4), PER [5,10): the first piece takes the gold.
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 10, "PER")),
                    List.of(mention(5, 10, "PER"), mention(0, 4, "PER")));
            assertCounts(counts, null, c(0, 1, 0, 0, 1), c(0, 1, 0, 0, 1), c(0, 0, 1, 0, 1), c(1, 0, 0, 0, 1));
            assertCounts(counts, "PER", c(0, 1, 0, 0, 1), c(0, 1, 0, 0, 1), c(0, 0, 1, 0, 1), c(1, 0, 0, 0, 1));
        }

        @Test
        void twoPiecesOfOneGoldThePieceOfTheWrongTypeFirst() {
            // gold PER [0,10); predicted ORG [0,4), PER [5,10). Under TYPE the ORG piece takes the gold as INC and
            // the PER piece finds it taken: SPU (correct-first would give COR + SPU).
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 10, "PER")),
                    List.of(mention(0, 4, "ORG"), mention(5, 10, "PER")));
            assertCounts(counts, null, c(0, 1, 0, 0, 1), c(0, 1, 0, 0, 1), c(0, 0, 1, 0, 1), c(0, 1, 0, 0, 1));
            assertCounts(counts, "ORG", c(0, 0, 0, 0, 1));
            assertCounts(counts, "PER", c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0));
        }

        @Test
        void aLongerEarlierPredictionTakesTheGoldOfAnExactOne() {
            // gold PER [5,10); predicted PER [0,10), PER [5,10): [0,10) sorts first and takes the gold.
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(5, 10, "PER")),
                    List.of(mention(5, 10, "PER"), mention(0, 10, "PER")));
            assertCounts(counts, null, c(0, 1, 0, 0, 1), c(0, 1, 0, 0, 1), c(0, 0, 1, 0, 1), c(1, 0, 0, 0, 1));
            assertCounts(counts, "PER", c(0, 1, 0, 0, 1), c(0, 1, 0, 0, 1), c(0, 0, 1, 0, 1), c(1, 0, 0, 0, 1));
        }

        @Test
        void aPredictionSpanningTwoGoldMentionsOfItsType() {
            // gold ORG [0,5), ORG [6,12); predicted ORG [0,12). STRICT to PARTIAL take the first gold; TYPE takes
            // the closest boundaries: [6,12) (distance 6 against 7), leaving [0,5) missed.
            EntityDocumentMatch match = EntityMatcher.match(List.of(mention(0, 5, "ORG"), mention(6, 12, "ORG")),
                    List.of(mention(0, 12, "ORG")), EntityMatching.NERVALUATE);
            EntityDocumentCounts counts = match.counts();
            assertCounts(counts, null, c(0, 1, 0, 1, 0), c(0, 1, 0, 1, 0), c(0, 0, 1, 1, 0), c(1, 0, 0, 1, 0));
            assertCounts(counts, "ORG", c(0, 1, 0, 1, 0), c(0, 1, 0, 1, 0), c(0, 0, 1, 1, 0), c(1, 0, 0, 1, 0));
            assertThat(match.schema(MatchSchema.STRICT).overall()).containsExactly(
                    new MatchedMention(MatchCategory.INC, mention(0, 12, "ORG"), mention(0, 5, "ORG")),
                    new MatchedMention(MatchCategory.MIS, null, mention(6, 12, "ORG")));
            assertThat(match.schema(MatchSchema.TYPE).overall()).containsExactly(
                    new MatchedMention(MatchCategory.COR, mention(0, 12, "ORG"), mention(6, 12, "ORG")),
                    new MatchedMention(MatchCategory.MIS, null, mention(0, 5, "ORG")));
        }

        @Test
        void aPredictionSpanningTwoGoldMentionsOfDifferentTypes() {
            // gold PER [0,5), ORG [6,12); predicted ORG [0,12): INC with PER (the first it overlaps) under STRICT,
            // COR with ORG under TYPE. Per type, ORG alone against ORG gold.
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 5, "PER"), mention(6, 12, "ORG")),
                    List.of(mention(0, 12, "ORG")));
            assertCounts(counts, null, c(0, 1, 0, 1, 0), c(0, 1, 0, 1, 0), c(0, 0, 1, 1, 0), c(1, 0, 0, 1, 0));
            assertCounts(counts, "ORG", c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0));
            assertCounts(counts, "PER", c(0, 0, 0, 1, 0));
        }

        @Test
        void aPredictionSpanningTwoGoldMentionsTakesTheCloserOneUnderType() {
            // gold ORG [0,3), ORG [4,12); predicted ORG [2,12): distances 2 + 9 = 11 and 2 + 0 = 2.
            EntityDocumentMatch match = EntityMatcher.match(List.of(mention(0, 3, "ORG"), mention(4, 12, "ORG")),
                    List.of(mention(2, 12, "ORG")), EntityMatching.NERVALUATE);
            assertCounts(match.counts(), null, c(0, 1, 0, 1, 0), c(0, 1, 0, 1, 0), c(0, 0, 1, 1, 0),
                    c(1, 0, 0, 1, 0));
            assertThat(match.schema(MatchSchema.TYPE).overall().get(0).gold()).isEqualTo(mention(4, 12, "ORG"));
        }

        @Test
        void nestedPredictionsOfDifferentTypesTheOuterOneExact() {
            // gold ORG [0,20); predicted ORG [0,20), LOC [10,20).
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 20, "ORG")),
                    List.of(mention(10, 20, "LOC"), mention(0, 20, "ORG")));
            assertCounts(counts, null, c(1, 0, 0, 0, 1));
            assertCounts(counts, "LOC", c(0, 0, 0, 0, 1));
            assertCounts(counts, "ORG", c(1, 0, 0, 0, 0));
        }

        @Test
        void nestedPredictionsOfDifferentTypesTheInnerOneExact() {
            // gold LOC [10,20); predicted ORG [0,20), LOC [10,20): the outer ORG sorts first and takes the gold.
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(10, 20, "LOC")),
                    List.of(mention(10, 20, "LOC"), mention(0, 20, "ORG")));
            assertCounts(counts, null, c(0, 1, 0, 0, 1), c(0, 1, 0, 0, 1), c(0, 0, 1, 0, 1), c(0, 1, 0, 0, 1));
            assertCounts(counts, "LOC", c(1, 0, 0, 0, 0));
            assertCounts(counts, "ORG", c(0, 0, 0, 0, 1));
        }

        @Test
        void nestedPredictionsOverTwoGoldMentions() {
            // gold ORG [0,8), LOC [10,20); predicted ORG [0,20), LOC [10,20).
            EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 8, "ORG"), mention(10, 20, "LOC")),
                    List.of(mention(0, 20, "ORG"), mention(10, 20, "LOC")));
            assertCounts(counts, null, c(1, 1, 0, 0, 0), c(1, 1, 0, 0, 0), c(1, 0, 1, 0, 0), c(2, 0, 0, 0, 0));
            assertCounts(counts, "LOC", c(1, 0, 0, 0, 0));
            assertCounts(counts, "ORG", c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0));
        }

        @Test
        void anOverlapMustCoverOnePercentOfTheGoldSpan() {
            // nervaluate's min_overlap_percentage = 1: one code point of a 150-code-point gold is not an overlap,
            // two are.
            List<EntityMention> gold = List.of(mention(0, 150, "ORG"));
            assertCounts(EntityMatcher.count(gold, List.of(mention(149, 160, "ORG"))), null, c(0, 0, 0, 1, 1));
            assertCounts(EntityMatcher.count(gold, List.of(mention(148, 160, "ORG"))), null,
                    c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0));
        }

        @Test
        void duplicatePredictionsAndGoldMentionsAreScoredLikeAnyOther() {
            assertCounts(EntityMatcher.count(List.of(mention(0, 5, "PER")),
                    List.of(mention(0, 5, "PER"), mention(0, 5, "PER"))), "PER", c(1, 0, 0, 0, 1));
            assertCounts(EntityMatcher.count(List.of(mention(0, 5, "PER"), mention(0, 5, "PER")),
                    List.of(mention(0, 5, "PER"))), "PER", c(1, 0, 0, 1, 0));
        }
    }
}
