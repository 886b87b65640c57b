package org.newsbench.evaluation.metrics;

import java.util.Objects;

import org.newsbench.api.StanceLabel;

/**
 * Stance counts of one target: the confusion matrix of gold against predicted labels, and how many gold instances had
 * no prediction (they are also in the matrix, in the predicted-NONE column).
 */
public record TargetStanceCounts(ConfusionMatrix confusion, int missingPredictions) {

    public static final TargetStanceCounts EMPTY = new TargetStanceCounts(ConfusionMatrix.EMPTY, 0);

    public TargetStanceCounts {
        Objects.requireNonNull(confusion, "confusion");
        if (missingPredictions < 0 || missingPredictions > confusion.predictedCount(StanceLabel.NONE)) {
            throw new IllegalArgumentException("missing predictions " + missingPredictions
                    + " must be between 0 and the predicted-NONE column of " + confusion);
        }
    }

    public TargetStanceCounts plus(TargetStanceCounts other) {
        return new TargetStanceCounts(confusion.plus(other.confusion), missingPredictions + other.missingPredictions);
    }

    public boolean isZero() {
        return confusion.total() == 0 && missingPredictions == 0;
    }
}
