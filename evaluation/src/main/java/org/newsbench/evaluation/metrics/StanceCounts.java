package org.newsbench.evaluation.metrics;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Additive stance counts of one unit (a sentence), or the sum of several: a {@link TargetStanceCounts} per target
 * with gold instances, and two diagnostics that do not enter any score. Made by {@link StanceMatcher#count}.
 *
 * @param byTarget              counts per target id, sorted; a target is present iff it has a gold instance
 * @param unpairedPredictions   predictions for instances that have no gold label (not scored)
 * @param duplicatePredictions  further predictions for an instance already predicted (only the first is scored)
 */
public record StanceCounts(SortedMap<String, TargetStanceCounts> byTarget, int unpairedPredictions,
                           int duplicatePredictions) {

    /** Flattens these counts into vectors for fast resampling. */
    public static final CountVectorCodec<StanceCounts> VECTORS = new StanceCountVectors();

    public static final StanceCounts EMPTY = new StanceCounts(new TreeMap<>(), 0, 0);

    public StanceCounts {
        byTarget = Collections.unmodifiableSortedMap(new TreeMap<>(byTarget));
        if (unpairedPredictions < 0 || duplicatePredictions < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    public StanceCounts plus(StanceCounts other) {
        SortedMap<String, TargetStanceCounts> sum = new TreeMap<>(byTarget);
        other.byTarget.forEach((target, counts) -> sum.merge(target, counts, TargetStanceCounts::plus));
        return new StanceCounts(sum, unpairedPredictions + other.unpairedPredictions,
                duplicatePredictions + other.duplicatePredictions);
    }

    /** The confusion matrix pooled over all targets. */
    public ConfusionMatrix overall() {
        // One accumulator rather than a matrix per target: this runs once per resample.
        int[] sum = new int[9];
        for (TargetStanceCounts counts : byTarget.values()) {
            counts.confusion().addTo(sum);
        }
        return new ConfusionMatrix(sum);
    }

    /** The confusion matrix of one target; empty if it has no gold instance. */
    public ConfusionMatrix target(String targetId) {
        return byTarget.getOrDefault(targetId, TargetStanceCounts.EMPTY).confusion();
    }

    /** Gold instances without a prediction, over all targets. */
    public int missingPredictions() {
        int missing = 0;
        for (TargetStanceCounts counts : byTarget.values()) {
            missing += counts.missingPredictions();
        }
        return missing;
    }

    /** Accuracy pooled over targets. */
    public double accuracy() {
        return overall().accuracy();
    }

    /** Macro-F1 over the three classes, pooled over targets. */
    public double macroF1() {
        return overall().macroF1();
    }

    /** SemEval-2016 Task 6 F_avg pooled over targets: the official scorer's overall figure. */
    public double semEvalFAvg() {
        return overall().semEvalFAvg();
    }

    /** Cohen's kappa of gold against predictions, pooled over targets. */
    public double cohenKappa() {
        return overall().cohenKappa();
    }

    /**
     * The unweighted mean over targets of each target's F_avg (a "macro over targets" figure, not the official
     * one); 0 with no target.
     */
    public double semEvalFAvgMacroOverTargets() {
        if (byTarget.isEmpty()) {
            return 0.0;
        }
        double sum = 0;
        for (TargetStanceCounts counts : byTarget.values()) {
            sum += counts.confusion().semEvalFAvg();
        }
        return sum / byTarget.size();
    }
}
