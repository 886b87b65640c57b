package org.newsbench.api;

import java.util.List;

/**
 * Documents with their gold, for a {@link Trainable} annotator to fit on: in cross-validation, every document except
 * the held-out ones.
 */
public record TrainingSet(List<Document> documents, List<EntityMention> entities, List<LabelledStance> stances) {

    public TrainingSet {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        stances = List.copyOf(stances);
    }
}
