package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

/** The library's own label is carried for reports; matching and de-duplication look at span and type only. */
class EntityMatcherSourceLabelTest {

    private static final EntityMention GOLD = new EntityMention("d", new Span(0, 4), "LOCATION", "Mali");

    @Test
    void aPredictionWhoseSourceLabelDiffersFromTheGoldTypeIsStillCorrect() {
        EntityDocumentCounts counts = EntityMatcher.count(List.of(GOLD),
                List.of(new EntityMention("d", new Span(0, 4), "LOCATION", "Mali", "COUNTRY")));
        for (MatchSchema schema : MatchSchema.values()) {
            assertThat(counts.overall(schema)).as(schema.name()).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
        }
    }

    @Test
    void twoPredictionsDifferingOnlyInSourceLabelAreOneDuplicate() {
        List<EntityMention> predicted = List.of(
                new EntityMention("d", new Span(0, 4), "LOCATION", "Mali", "COUNTRY"),
                new EntityMention("d", new Span(0, 4), "LOCATION", "Mali", "CITY"));
        EntityDocumentCounts nervaluate = EntityMatcher.count(List.of(GOLD), predicted, EntityMatching.NERVALUATE);
        EntityDocumentCounts correctFirst = EntityMatcher.count(List.of(GOLD), predicted,
                EntityMatching.CORRECT_FIRST);

        assertThat(nervaluate.duplicatePredictions()).isEqualTo(1);
        // nervaluate scores the second copy of a prediction as SPU; correct-first collapses it.
        assertThat(nervaluate.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 1));
        assertThat(correctFirst.duplicatePredictions()).isEqualTo(1);
        assertThat(correctFirst.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
    }
}
