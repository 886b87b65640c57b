package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;

/**
 * Pairs stance predictions with gold labels and counts them.
 *
 * <p>An instance is identified by (document id, sentence span, target id); the target's aliases are not compared.
 * A gold instance without a prediction is counted as predicted NONE (so it is an error unless the gold is NONE) and
 * also counted in {@link TargetStanceCounts#missingPredictions()}. Only the first prediction of an instance is scored;
 * later ones are counted as {@link StanceCounts#duplicatePredictions()}. Predictions of instances without gold are
 * counted as {@link StanceCounts#unpairedPredictions()} and not scored.
 */
public final class StanceMatcher {

    private StanceMatcher() {
    }

    /**
     * Counts one unit, usually one sentence (any set of instances works: counts are additive).
     *
     * @throws IllegalArgumentException if two gold labels are given for one instance
     */
    public static StanceCounts count(List<LabelledStance> gold, List<StancePrediction> predicted) {
        Pairing pairing = pairing(gold, predicted);
        Map<String, int[]> cellsByTarget = new TreeMap<>();
        Map<String, Integer> missingByTarget = new HashMap<>();
        for (StancePair pair : pairing.pairs()) {
            String target = pair.gold().instance().target().id();
            if (pair.missing()) {
                missingByTarget.merge(target, 1, Integer::sum);
            }
            cellsByTarget.computeIfAbsent(target, t -> new int[9])
                    [ConfusionMatrix.index(pair.gold().label(), pair.predicted())]++;
        }
        SortedMap<String, TargetStanceCounts> byTarget = new TreeMap<>();
        cellsByTarget.forEach((target, cells) -> byTarget.put(target,
                new TargetStanceCounts(new ConfusionMatrix(cells), missingByTarget.getOrDefault(target, 0))));
        return new StanceCounts(byTarget, pairing.unpaired(), pairing.duplicates());
    }

    /**
     * Every gold instance, in the order given, with the label {@link #count} scores for it. The stance errors are the
     * pairs that are {@linkplain StancePair#isError() errors}, so they agree with the confusion matrices.
     *
     * @throws IllegalArgumentException if two gold labels are given for one instance
     */
    public static List<StancePair> pair(List<LabelledStance> gold, List<StancePrediction> predicted) {
        return pairing(gold, predicted).pairs();
    }

    private record Pairing(List<StancePair> pairs, int unpaired, int duplicates) {
    }

    private static Pairing pairing(List<LabelledStance> gold, List<StancePrediction> predicted) {
        Map<InstanceKey, LabelledStance> goldByInstance = new LinkedHashMap<>();
        for (LabelledStance labelled : gold) {
            LabelledStance previous = goldByInstance.put(InstanceKey.of(labelled.instance()), labelled);
            if (previous != null) {
                throw new IllegalArgumentException("two gold labels for one stance instance: " + previous + " and "
                        + labelled);
            }
        }
        Map<InstanceKey, StanceLabel> predictedByInstance = new HashMap<>();
        int duplicates = 0;
        int unpaired = 0;
        for (StancePrediction prediction : predicted) {
            InstanceKey key = InstanceKey.of(prediction.instance());
            if (predictedByInstance.putIfAbsent(key, prediction.label()) != null) {
                duplicates++;
            } else if (!goldByInstance.containsKey(key)) {
                unpaired++;
            }
        }
        List<StancePair> pairs = new ArrayList<>(goldByInstance.size());
        for (Map.Entry<InstanceKey, LabelledStance> entry : goldByInstance.entrySet()) {
            StanceLabel predictedLabel = predictedByInstance.get(entry.getKey());
            pairs.add(predictedLabel == null ? new StancePair(entry.getValue(), StanceLabel.NONE, true)
                    : new StancePair(entry.getValue(), predictedLabel, false));
        }
        return new Pairing(pairs, unpaired, duplicates);
    }

    /**
     * Counts each gold sentence separately: the units for resampling. Predictions for sentences without any gold
     * instance belong to no unit (count the whole corpus with {@link #count} to see them as unpaired).
     *
     * @return counts per sentence, sorted by document id then span
     */
    public static SortedMap<SentenceKey, StanceCounts> countPerSentence(List<LabelledStance> gold,
                                                                       List<StancePrediction> predicted) {
        SortedMap<SentenceKey, List<LabelledStance>> goldBySentence = new TreeMap<>();
        for (LabelledStance labelled : gold) {
            goldBySentence.computeIfAbsent(SentenceKey.of(labelled.instance()), k -> new ArrayList<>()).add(labelled);
        }
        Map<SentenceKey, List<StancePrediction>> predictedBySentence = new HashMap<>();
        for (StancePrediction prediction : predicted) {
            predictedBySentence.computeIfAbsent(SentenceKey.of(prediction.instance()), k -> new ArrayList<>())
                    .add(prediction);
        }
        SortedMap<SentenceKey, StanceCounts> counts = new TreeMap<>();
        goldBySentence.forEach((sentence, labelled) ->
                counts.put(sentence, count(labelled, predictedBySentence.getOrDefault(sentence, List.of()))));
        return counts;
    }

    /** What pairs a prediction with a gold label. */
    record InstanceKey(String docId, Span span, String targetId) {
        static InstanceKey of(StanceInstance instance) {
            return new InstanceKey(instance.docId(), instance.span(), instance.target().id());
        }
    }
}
