package org.newsbench.evaluation.run;

import java.util.List;

import org.newsbench.api.EntityMention;
import org.newsbench.api.StancePrediction;

/**
 * One document's checked output for the tasks run: its entity mentions and its stance predictions (an empty list for a
 * task that was not run).
 */
public record DocumentAnnotations(List<EntityMention> entities, List<StancePrediction> stances) {

    public DocumentAnnotations {
        entities = List.copyOf(entities);
        stances = List.copyOf(stances);
    }
}
