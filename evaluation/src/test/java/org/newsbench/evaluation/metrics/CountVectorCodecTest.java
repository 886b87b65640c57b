package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.List;

import org.junit.jupiter.api.Test;

class CountVectorCodecTest {

    private static <C> C decodeSum(CountVectorCodec<C> codec, List<C> units) {
        CountVectorCodec.Layout<C> layout = codec.layoutFor(units);
        long[] sum = new long[layout.dimension()];
        units.forEach(unit -> layout.addTo(unit, sum));
        return layout.decode(sum);
    }

    @Test
    void decodedVectorSumOfEntityCountsEqualsTheirPlusSum() {
        List<EntityDocumentCounts> units = ResamplingFixtures.entityUnits(6, 0.6, 1);
        EntityDocumentCounts folded = units.stream().reduce(EntityDocumentCounts::plus).orElseThrow();
        assertThat(decodeSum(EntityDocumentCounts.VECTORS, units)).isEqualTo(folded);
    }

    @Test
    void decodedVectorSumOfStanceCountsEqualsTheirPlusSum() {
        List<StanceCounts> units = ResamplingFixtures.stanceUnits(50, 0.6, 1);
        StanceCounts folded = units.stream().reduce(StanceCounts::plus).orElseThrow();
        assertThat(decodeSum(StanceCounts.VECTORS, units)).isEqualTo(folded);
    }

    @Test
    void decodingNothingGivesEmptyCounts() {
        assertThat(decodeSum(EntityDocumentCounts.VECTORS, List.of(EntityDocumentCounts.EMPTY)))
                .isEqualTo(EntityDocumentCounts.EMPTY);
        assertThat(decodeSum(StanceCounts.VECTORS, List.of(StanceCounts.EMPTY))).isEqualTo(StanceCounts.EMPTY);
    }

    @Test
    void aLayoutRejectsCountsWithATypeItWasNotMadeFor() {
        CountVectorCodec.Layout<EntityDocumentCounts> layout =
                EntityDocumentCounts.VECTORS.layoutFor(List.of(EntityDocumentCounts.EMPTY));
        EntityDocumentCounts person = EntityMatcher.count(List.of(mention(0, 3, "PER")), List.of());
        assertThatThrownBy(() -> layout.addTo(person, new long[layout.dimension()]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PER");
    }
}
