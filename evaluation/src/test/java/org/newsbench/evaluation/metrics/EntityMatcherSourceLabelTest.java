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
        EntityDocumentCounts counts = EntityMatcher.count(List.of(GOLD), List.of(
                new EntityMention("d", new Span(0, 4), "LOCATION", "Mali", "COUNTRY"),
                new EntityMention("d", new Span(0, 4), "LOCATION", "Mali", "CITY")));
        assertThat(counts.duplicatePredictions()).isEqualTo(1);
        assertThat(counts.overall(MatchSchema.STRICT)).isEqualTo(new EntityCounts(1, 0, 0, 0, 0));
    }
}
