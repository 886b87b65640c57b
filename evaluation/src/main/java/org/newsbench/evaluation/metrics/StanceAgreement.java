package org.newsbench.evaluation.metrics;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stance agreement between two annotators on the instances both labelled: per target, the confusion matrix of A's
 * labels (rows) against B's (columns), and from it Cohen's kappa and Krippendorff's alpha (nominal).
 *
 * @param byTarget paired labels per target id, sorted
 * @param onlyInA  instances labelled by A alone (not pairable; they do not enter kappa or alpha)
 * @param onlyInB  instances labelled by B alone
 */
public record StanceAgreement(SortedMap<String, ConfusionMatrix> byTarget, int onlyInA, int onlyInB) {

    public StanceAgreement {
        byTarget = Collections.unmodifiableSortedMap(new TreeMap<>(byTarget));
    }

    /** Paired labels pooled over targets. */
    public ConfusionMatrix overall() {
        ConfusionMatrix sum = ConfusionMatrix.EMPTY;
        for (ConfusionMatrix matrix : byTarget.values()) {
            sum = sum.plus(matrix);
        }
        return sum;
    }

    public double cohenKappa() {
        return overall().cohenKappa();
    }

    public double krippendorffAlpha() {
        return KrippendorffAlpha.nominal(overall());
    }

    public double cohenKappa(String targetId) {
        return target(targetId).cohenKappa();
    }

    public double krippendorffAlpha(String targetId) {
        return KrippendorffAlpha.nominal(target(targetId));
    }

    public ConfusionMatrix target(String targetId) {
        return byTarget.getOrDefault(targetId, ConfusionMatrix.EMPTY);
    }
}
