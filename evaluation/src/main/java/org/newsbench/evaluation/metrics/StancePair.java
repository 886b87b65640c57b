package org.newsbench.evaluation.metrics;

import java.util.Objects;

import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceLabel;

/**
 * One gold stance instance paired with the label the counts score for it (METRICS.md §2.1): the first prediction of
 * the instance, or NONE when there is none.
 *
 * @param predicted the label scored: the first prediction's, or {@link StanceLabel#NONE} if {@code missing}
 * @param missing   whether the instance had no prediction
 */
public record StancePair(LabelledStance gold, StanceLabel predicted, boolean missing) {

    public StancePair {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (missing && predicted != StanceLabel.NONE) {
            throw new IllegalArgumentException("a missing prediction is scored as NONE, got " + predicted);
        }
    }

    /** Whether the scored label differs from gold: an off-diagonal cell of the confusion matrix. */
    public boolean isError() {
        return predicted != gold.label();
    }
}
