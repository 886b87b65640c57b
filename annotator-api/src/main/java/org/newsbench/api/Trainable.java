package org.newsbench.api;

/**
 * An annotator that must be fitted on gold before it annotates. Cross-validation calls {@link #fit} once per fold,
 * then annotates the held-out documents; a later fit replaces an earlier one, so loaded resources (tokenizers,
 * parsers) can be kept across folds while the fitted model is not.
 *
 * <p>Implementations should be deterministic: the same training set gives the same predictions.
 */
public interface Trainable {

    /**
     * Fits on the documents of {@code trainingSet} and their gold.
     *
     * @throws AnnotationException when fitting fails
     */
    void fit(TrainingSet trainingSet) throws AnnotationException;
}
