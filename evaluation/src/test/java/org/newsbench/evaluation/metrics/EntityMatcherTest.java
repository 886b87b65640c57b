package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.newsbench.api.EntityMention;

class EntityMatcherTest {

    private static EntityCounts counts(MatchSchema schema, List<EntityMention> gold, List<EntityMention> predicted) {
        return EntityMatcher.count(gold, predicted).overall(schema);
    }

    @Test
    void emptyGoldAndEmptyPredictionsGiveZeroCountsAndZeroScores() {
        EntityDocumentCounts counts = EntityMatcher.count(List.of(), List.of());
        assertThat(counts).isEqualTo(EntityDocumentCounts.EMPTY);
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.micro(schema)).isEqualTo(PrecisionRecallF1.ZERO);
            assertThat(counts.macro(schema)).isEqualTo(PrecisionRecallF1.ZERO);
            assertThat(counts.byType(schema)).isEmpty();
        }
    }

    @Test
    void documentWithNoGoldMakesEveryPredictionSpuriousAndScoresZero() {
        EntityDocumentCounts counts = EntityMatcher.count(List.of(),
                List.of(mention(0, 4, "PER"), mention(10, 14, "ORG")));
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.overall(schema)).isEqualTo(new EntityCounts(0, 0, 0, 0, 2));
            // P = 0/2 = 0; R = 0/0 -> 0 by convention; F1 = 0.
            assertThat(counts.micro(schema)).isEqualTo(PrecisionRecallF1.ZERO);
        }
    }

    @Test
    void documentWithNoPredictionMissesEveryGoldMention() {
        EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 4, "PER")), List.of());
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.overall(schema)).isEqualTo(new EntityCounts(0, 0, 0, 1, 0));
        }
    }

    @Test
    void exactSpanWithWrongTypeIsIncorrectInStrictAndTypeButCorrectInExactAndPartial() {
        List<EntityMention> gold = List.of(mention(0, 10, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 10, "ORG"));
        assertThat(counts(MatchSchema.STRICT, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 0));
        assertThat(counts(MatchSchema.EXACT, gold, predicted)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
        assertThat(counts(MatchSchema.PARTIAL, gold, predicted)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
        assertThat(counts(MatchSchema.TYPE, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 0));
    }

    @Test
    void partialOverlapWithWrongTypeIsIncorrectOrPartialOverallAndMissedPlusSpuriousPerType() {
        EntityDocumentCounts counts = EntityMatcher.count(List.of(mention(0, 10, "PER")),
                List.of(mention(0, 5, "ORG")));
        assertThat(counts.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(0, 1, 0, 0, 0));
        assertThat(counts.overall(MatchSchema.EXACT)).isEqualTo(new EntityCounts(0, 1, 0, 0, 0));
        assertThat(counts.overall(MatchSchema.PARTIAL)).isEqualTo(new EntityCounts(0, 0, 1, 0, 0));
        assertThat(counts.overall(MatchSchema.TYPE)).isEqualTo(new EntityCounts(0, 1, 0, 0, 0));
        // Per type, each type is matched alone: the PER gold has no PER prediction, the ORG prediction no ORG gold.
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.byType(schema)).containsExactly(
                    java.util.Map.entry("ORG", new EntityCounts(0, 0, 0, 0, 1)),
                    java.util.Map.entry("PER", new EntityCounts(0, 0, 0, 1, 0)));
        }
        // partial micro: P = 0.5/1, R = 0.5/1, F1 0.5; macro over {ORG, PER} is 0.
        assertThat(counts.micro(MatchSchema.PARTIAL)).isEqualTo(PrecisionRecallF1.of(0.5, 0.5));
        assertThat(counts.macro(MatchSchema.PARTIAL)).isEqualTo(PrecisionRecallF1.ZERO);
    }

    @Test
    void goldSpanPredictedAsTwoPiecesMatchesTheFirstPieceAndMakesTheSecondSpurious() {
        List<EntityMention> gold = List.of(mention(0, 10, "PER"));
        List<EntityMention> predicted = List.of(mention(5, 10, "PER"), mention(0, 4, "PER"));
        assertThat(counts(MatchSchema.STRICT, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 1));
        assertThat(counts(MatchSchema.EXACT, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 1));
        assertThat(counts(MatchSchema.PARTIAL, gold, predicted)).isEqualTo(new EntityCounts(0, 0, 1, 0, 1));
        assertThat(counts(MatchSchema.TYPE, gold, predicted)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
        // partial: P = 0.5/2 = 0.25, R = 0.5/1 = 0.5; type: P = 1/2, R = 1/1.
        EntityDocumentCounts counts = EntityMatcher.count(gold, predicted);
        assertThat(counts.micro(MatchSchema.PARTIAL)).isEqualTo(PrecisionRecallF1.of(0.25, 0.5));
        assertThat(counts.micro(MatchSchema.TYPE)).isEqualTo(PrecisionRecallF1.of(0.5, 1.0));
    }

    @Test
    void twoGoldSpansPredictedAsOneMatchOneAndMissTheOther() {
        List<EntityMention> gold = List.of(mention(0, 5, "PER"), mention(6, 10, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 10, "PER"));
        assertThat(counts(MatchSchema.STRICT, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 1, 0));
        assertThat(counts(MatchSchema.PARTIAL, gold, predicted)).isEqualTo(new EntityCounts(0, 0, 1, 1, 0));
        assertThat(counts(MatchSchema.TYPE, gold, predicted)).isEqualTo(new EntityCounts(1, 0, 0, 1, 0));
    }

    @Test
    void typeSchemaMatchesTheSameTypeGoldWithClosestBoundaries() {
        // Gold A [0,6), B [7,20). Prediction [1,20): distance to A = 1 + 14 = 15, to B = 6 + 0 = 6, so it takes B
        // and the later prediction [5,6), which overlaps only A, takes A: two COR. Taking the first overlapped gold
        // (A) instead would have left [5,6) spurious and B missed.
        List<EntityMention> gold = List.of(mention(0, 6, "PER"), mention(7, 20, "PER"));
        List<EntityMention> predicted = List.of(mention(1, 20, "PER"), mention(5, 6, "PER"));
        assertThat(counts(MatchSchema.TYPE, gold, predicted)).isEqualTo(new EntityCounts(2, 0, 0, 0, 0));
    }

    @Test
    void identicalDuplicatePredictionsAreSpuriousAsInNervaluateAndReported() {
        // nervaluate scores every copy: the first takes the gold, the others find it taken.
        List<EntityMention> gold = List.of(mention(0, 5, "PER"));
        EntityDocumentCounts counts = EntityMatcher.count(gold,
                List.of(mention(0, 5, "PER"), mention(0, 5, "PER"), mention(0, 5, "PER")));
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.overall(schema)).isEqualTo(new EntityCounts(1, 0, 0, 0, 2));
        }
        assertThat(counts.duplicatePredictions()).isEqualTo(2);
        assertThat(counts.duplicateGold()).isZero();
    }

    @Test
    void identicalDuplicatePredictionsAreCountedOnceWhenCorrectFirst() {
        List<EntityMention> gold = List.of(mention(0, 5, "PER"));
        EntityDocumentCounts counts = EntityMatcher.count(gold,
                List.of(mention(0, 5, "PER"), mention(0, 5, "PER"), mention(0, 5, "PER")),
                EntityMatching.CORRECT_FIRST);
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.overall(schema)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
        }
        assertThat(counts.duplicatePredictions()).isEqualTo(2);
    }

    @Test
    void identicalDuplicateGoldMentionsAreMissedAsInNervaluateOrCountedOnceWhenCorrectFirst() {
        List<EntityMention> gold = List.of(mention(0, 5, "PER"), mention(0, 5, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 5, "PER"));
        EntityDocumentCounts nervaluate = EntityMatcher.count(gold, predicted);
        assertThat(nervaluate.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 1, 0));
        assertThat(nervaluate.duplicateGold()).isEqualTo(1);
        EntityDocumentCounts correctFirst = EntityMatcher.count(gold, predicted, EntityMatching.CORRECT_FIRST);
        assertThat(correctFirst.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
        assertThat(correctFirst.duplicateGold()).isEqualTo(1);
    }

    @Test
    void sameSpanWithTwoTypesFollowsNervaluatesOrderByDefault() {
        // Both are predicted on the gold PER span; ORG sorts first and takes the gold: INC under STRICT and TYPE,
        // COR under EXACT; PER then finds it taken: SPU.
        List<EntityMention> gold = List.of(mention(0, 5, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 5, "PER"), mention(0, 5, "ORG"));
        assertThat(counts(MatchSchema.STRICT, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 1));
        assertThat(counts(MatchSchema.TYPE, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 1));
        assertThat(counts(MatchSchema.EXACT, gold, predicted)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
    }

    @Test
    void sameSpanWithTwoTypesLetsTheCorrectTypeClaimTheGoldWhenCorrectFirst() {
        // The correct PER claims the gold in pass 1, so ORG is left with nothing to overlap: spurious.
        List<EntityMention> gold = List.of(mention(0, 5, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 5, "ORG"), mention(0, 5, "PER"));
        EntityDocumentCounts counts = EntityMatcher.count(gold, predicted, EntityMatching.CORRECT_FIRST);
        assertThat(counts.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
        assertThat(counts.overall(MatchSchema.TYPE)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
        // EXACT ignores the type: the first (ORG) is correct, the second a spurious extra on a matched gold.
        assertThat(counts.overall(MatchSchema.EXACT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
    }

    @Test
    void nestedEarlierPredictionTakesTheGoldOfAnExactPredictionByDefault() {
        // Gold PER [5,10). Predictions ORG [0,20) (sorted first, overlaps the gold) and PER [5,10) (exact).
        List<EntityMention> gold = List.of(mention(5, 10, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 20, "ORG"), mention(5, 10, "PER"));
        assertThat(counts(MatchSchema.STRICT, gold, predicted)).isEqualTo(new EntityCounts(0, 1, 0, 0, 1));
        assertThat(counts(MatchSchema.PARTIAL, gold, predicted)).isEqualTo(new EntityCounts(0, 0, 1, 0, 1));
    }

    @Test
    void nestedPredictionDoesNotStealTheGoldOfAnExactPredictionWhenCorrectFirst() {
        List<EntityMention> gold = List.of(mention(5, 10, "PER"));
        List<EntityMention> predicted = List.of(mention(0, 20, "ORG"), mention(5, 10, "PER"));
        EntityDocumentCounts counts = EntityMatcher.count(gold, predicted, EntityMatching.CORRECT_FIRST);
        assertThat(counts.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
        assertThat(counts.overall(MatchSchema.PARTIAL)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        // End-exclusive: [0,5) and [5,9) share no code point.
        assertThat(counts(MatchSchema.PARTIAL, List.of(mention(0, 5, "PER")), List.of(mention(5, 9, "PER"))))
                .isEqualTo(new EntityCounts(0, 0, 0, 1, 1));
    }

    @Test
    void oneCodePointOverlapCountsAsOverlap() {
        assertThat(counts(MatchSchema.PARTIAL, List.of(mention(0, 5, "PER")), List.of(mention(4, 9, "PER"))))
                .isEqualTo(new EntityCounts(0, 0, 1, 0, 0));
    }

    @Test
    void countRejectsMentionsOfSeveralDocuments() {
        assertThatThrownBy(() -> EntityMatcher.count(List.of(mention("a", 0, 1, "PER")),
                List.of(mention("b", 0, 1, "PER"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a, b]");
    }

    @Test
    void countPerDocumentGivesEveryListedDocumentAUnitEvenWithoutMentions() {
        SortedMap<String, EntityDocumentCounts> perDocument = EntityMatcher.countPerDocument(List.of("b", "a", "c"),
                List.of(mention("a", 0, 4, "PER"), mention("b", 0, 4, "LOC")),
                List.of(mention("a", 0, 4, "PER")));
        assertThat(perDocument.keySet()).containsExactly("a", "b", "c");
        assertThat(perDocument.get("a").overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
        assertThat(perDocument.get("b").overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(0, 0, 0, 1, 0));
        assertThat(perDocument.get("c")).isEqualTo(EntityDocumentCounts.EMPTY);
    }

    @Test
    void countPerDocumentRejectsAMentionOfAnUnlistedDocument() {
        assertThatThrownBy(() -> EntityMatcher.countPerDocument(List.of("a"), List.of(),
                List.of(mention("z", 0, 4, "PER"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z");
    }

    @Test
    void documentCountsAddUpToTheCountsOfTheirUnion() {
        // Micro over documents = scores of summed counts, not the mean of per-document scores.
        EntityDocumentCounts first = EntityMatcher.count(List.of(mention("a", 0, 4, "PER")),
                List.of(mention("a", 0, 4, "PER")));
        EntityDocumentCounts second = EntityMatcher.count(List.of(mention("b", 0, 4, "PER"),
                mention("b", 6, 9, "LOC")), List.of());
        EntityDocumentCounts sum = first.plus(second);
        // strict: COR 1, MIS 2 -> P = 1/1, R = 1/3, F1 = 2·1·(1/3)/(4/3) = 0.5
        assertThat(sum.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 2, 0));
        assertThat(sum.microF1(MatchSchema.STRICT)).isCloseTo(0.5, within(1e-12));
        // macro: PER P 1, R 1/2, F1 2/3; LOC 0, 0, 0 -> F1 (2/3)/2 = 1/3
        assertThat(sum.macroF1(MatchSchema.STRICT)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(sum.byType(MatchSchema.STRICT)).containsOnlyKeys("LOC", "PER");
    }
}
