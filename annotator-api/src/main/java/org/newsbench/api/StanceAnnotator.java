package org.newsbench.api;

import java.util.List;

/** Labels the stance of sentences toward targets. */
public interface StanceAnnotator extends Annotator {

    /**
     * One prediction for each of {@code instances}, in the same order. All instances belong to {@code document}.
     *
     * @throws AnnotationException when the document cannot be annotated
     */
    List<StancePrediction> predictStance(Document document, List<StanceInstance> instances)
            throws AnnotationException;
}
