package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.EntityMention;

/**
 * STRICT micro scores equal conlleval's chunk precision, recall and FB1 on the same chunks.
 *
 * <pre>
 * text:  "John Smith visited New York and met Acme Corp officials in Paris ."
 * spans: John Smith [0,10), New York [19,27), New [19,22), Acme Corp [36,45), officials [46,55), Paris [59,64)
 * gold (BIO):  John/B-PER Smith/I-PER New/B-LOC York/I-LOC Acme/B-ORG Corp/I-ORG Paris/B-LOC
 * guess (BIO): John/B-PER Smith/I-PER New/B-LOC York/O     Acme/B-LOC Corp/I-LOC officials/B-MISC Paris/B-LOC
 *
 * conlleval by hand: gold chunks 4, found chunks 5 (PER John Smith, LOC New, LOC Acme Corp, MISC officials,
 * LOC Paris), correct 2 (John Smith, Paris).
 *   accuracy line: precision 2/5 = 40.00%, recall 2/4 = 50.00%, FB1 = 2·40·50/90 = 44.44
 *   LOC:  found 3, gold 2, correct 1: precision 33.33%, recall 50.00%, FB1 40.00
 *   MISC: found 1, gold 0: precision 0.00%, recall 0.00%, FB1 0.00
 *   ORG:  found 0, gold 1: precision 0.00%, recall 0.00%, FB1 0.00
 *   PER:  found 1, gold 1, correct 1: 100.00% 100.00% 100.00
 * </pre>
 */
class ConllevalEquivalenceTest {

    private static final List<EntityMention> GOLD = List.of(
            mention(0, 10, "PER"), mention(19, 27, "LOC"), mention(36, 45, "ORG"), mention(59, 64, "LOC"));
    private static final List<EntityMention> GUESS = List.of(
            mention(0, 10, "PER"), mention(19, 22, "LOC"), mention(36, 45, "LOC"), mention(46, 55, "MISC"),
            mention(59, 64, "LOC"));

    private final EntityDocumentCounts counts = EntityMatcher.count(GOLD, GUESS);

    @Test
    void strictMicroEqualsConllevalChunkScores() {
        PrecisionRecallF1 strict = counts.micro(MatchSchema.STRICT);
        assertThat(strict.precision()).isCloseTo(0.40, within(1e-12));
        assertThat(strict.recall()).isCloseTo(0.50, within(1e-12));
        assertThat(100 * strict.f1()).isCloseTo(44.44, within(0.005));
        assertThat(strict.f1()).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    void strictPerTypeEqualsConllevalPerTypeLines() {
        assertThat(counts.schema(MatchSchema.STRICT).perType()).containsExactly(
                java.util.Map.entry("LOC", PrecisionRecallF1.of(1.0 / 3, 0.5)),
                java.util.Map.entry("MISC", PrecisionRecallF1.ZERO),
                java.util.Map.entry("ORG", PrecisionRecallF1.ZERO),
                java.util.Map.entry("PER", PrecisionRecallF1.of(1, 1)));
        assertThat(100 * counts.schema(MatchSchema.STRICT).type("LOC").f1(MatchSchema.STRICT))
                .isCloseTo(40.00, within(1e-9));
    }

    @Test
    void strictActualIsFoundChunksAndPossibleIsGoldChunks() {
        EntityCounts strict = counts.overall(MatchSchema.STRICT);
        assertThat(strict.actual()).isEqualTo(5);
        assertThat(strict.possible()).isEqualTo(4);
        assertThat(strict.cor()).isEqualTo(2);
    }
}
