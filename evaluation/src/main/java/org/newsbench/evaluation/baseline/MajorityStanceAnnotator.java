package org.newsbench.evaluation.baseline;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;

/**
 * Predicts, for every sentence, the label most frequent for its target in the training documents. Ties go to NONE,
 * then AGAINST, then FAVOR; a target never seen in training gets NONE.
 */
final class MajorityStanceAnnotator implements StanceAnnotator, Trainable, Serializable {

    /** Serialisable, so that its fitted state can be sent to an engine's workers. */
    private static final long serialVersionUID = 1L;

    private static final List<StanceLabel> TIE_ORDER = List.of(StanceLabel.NONE, StanceLabel.AGAINST, StanceLabel.FAVOR);

    private volatile Map<String, StanceLabel> majorityByTarget = Map.of();

    @Override
    public void fit(TrainingSet trainingSet) {
        Map<String, Map<StanceLabel, Integer>> counts = new HashMap<>();
        for (LabelledStance stance : trainingSet.stances()) {
            counts.computeIfAbsent(stance.instance().target().id(), target -> new EnumMap<>(StanceLabel.class))
                    .merge(stance.label(), 1, Integer::sum);
        }
        Map<String, StanceLabel> majority = new HashMap<>();
        counts.forEach((target, byLabel) -> {
            StanceLabel best = TIE_ORDER.get(0);
            for (StanceLabel label : TIE_ORDER) {
                if (byLabel.getOrDefault(label, 0) > byLabel.getOrDefault(best, 0)) {
                    best = label;
                }
            }
            majority.put(target, best);
        });
        majorityByTarget = Map.copyOf(majority);
    }

    @Override
    public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances) {
        Map<String, StanceLabel> majority = majorityByTarget;
        return instances.stream()
                .map(instance -> new StancePrediction(instance,
                        majority.getOrDefault(instance.target().id(), StanceLabel.NONE)))
                .toList();
    }
}
