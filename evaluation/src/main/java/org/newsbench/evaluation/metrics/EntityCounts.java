package org.newsbench.evaluation.metrics;

import java.util.Collection;

/**
 * Additive SemEval-2013 Task 9.1 counts of one schema: correct, incorrect, partial, missed and spurious mentions.
 * Every predicted mention is exactly one of COR, INC, PAR or SPU; every gold mention is matched by at most one
 * prediction, or is MIS.
 */
public record EntityCounts(int cor, int inc, int par, int mis, int spu) {

    public static final EntityCounts ZERO = new EntityCounts(0, 0, 0, 0, 0);

    /** @throws IllegalArgumentException for a negative count */
    public EntityCounts {
        if (cor < 0 || inc < 0 || par < 0 || mis < 0 || spu < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + this);
        }
    }

    /** Counts the categories of a matching pass: one category per mention, so the counts cannot disagree with it. */
    public static EntityCounts of(Collection<MatchedMention> mentions) {
        int[] byCategory = new int[MatchCategory.values().length];
        mentions.forEach(mention -> byCategory[mention.category().ordinal()]++);
        return new EntityCounts(byCategory[MatchCategory.COR.ordinal()], byCategory[MatchCategory.INC.ordinal()],
                byCategory[MatchCategory.PAR.ordinal()], byCategory[MatchCategory.MIS.ordinal()],
                byCategory[MatchCategory.SPU.ordinal()]);
    }

    public EntityCounts plus(EntityCounts other) {
        return new EntityCounts(cor + other.cor, inc + other.inc, par + other.par, mis + other.mis,
                spu + other.spu);
    }

    /** POS = COR + INC + PAR + MIS: the gold mentions. */
    public int possible() {
        return cor + inc + par + mis;
    }

    /** ACT = COR + INC + PAR + SPU: the predicted mentions. */
    public int actual() {
        return cor + inc + par + spu;
    }

    public boolean isZero() {
        return cor == 0 && inc == 0 && par == 0 && mis == 0 && spu == 0;
    }

    /** COR / ACT, or (COR + 0.5 PAR) / ACT for PARTIAL and TYPE; 0 when nothing was predicted. */
    public double precision(MatchSchema schema) {
        return Ratios.divide(credit(schema), actual());
    }

    /** COR / POS, or (COR + 0.5 PAR) / POS for PARTIAL and TYPE; 0 when there is no gold mention. */
    public double recall(MatchSchema schema) {
        return Ratios.divide(credit(schema), possible());
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1(MatchSchema schema) {
        return Ratios.f1(precision(schema), recall(schema));
    }

    public PrecisionRecallF1 scores(MatchSchema schema) {
        return PrecisionRecallF1.of(precision(schema), recall(schema));
    }

    private double credit(MatchSchema schema) {
        return schema.halfCreditsPartial() ? cor + 0.5 * par : cor;
    }
}
