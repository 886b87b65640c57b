package org.newsbench.evaluation.metrics;

import java.util.Objects;

import org.newsbench.api.EntityMention;

/**
 * The outcome of one mention in the matching pass under one schema, as nervaluate's indices give it: a prediction
 * with its category and the gold mention it took (COR, INC, PAR), a prediction that took none (SPU), or a gold mention
 * no prediction took (MIS).
 *
 * @param predicted the predicted mention; null for MIS
 * @param gold      the gold mention taken, or missed; null for SPU
 */
public record MatchedMention(MatchCategory category, EntityMention predicted, EntityMention gold) {

    /** @throws IllegalArgumentException if a side is missing or present against the category */
    public MatchedMention {
        Objects.requireNonNull(category, "category");
        boolean needsPrediction = category != MatchCategory.MIS;
        boolean needsGold = category != MatchCategory.SPU;
        if ((predicted != null) != needsPrediction || (gold != null) != needsGold) {
            throw new IllegalArgumentException(category + " needs " + (needsPrediction ? "a" : "no")
                    + " prediction and " + (needsGold ? "a" : "no") + " gold mention, got " + predicted + " and "
                    + gold);
        }
    }

    static MatchedMention spurious(EntityMention predicted) {
        return new MatchedMention(MatchCategory.SPU, predicted, null);
    }

    static MatchedMention missed(EntityMention gold) {
        return new MatchedMention(MatchCategory.MIS, null, gold);
    }

    /** Whether this is an error: INC, PAR, MIS or SPU. */
    public boolean isError() {
        return category != MatchCategory.COR;
    }
}
