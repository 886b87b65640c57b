package org.newsbench.evaluation.run;

/** How a provider's predictions were produced. */
public enum Protocol {
    /** A pretrained provider annotated every document. */
    PRETRAINED,
    /** A trainable provider was fitted per fold and annotated each fold's held-out documents; predictions pooled. */
    CROSS_VALIDATION,
    /** A trainable provider was fitted once on a separate training set ({@code --train}) and annotated every document. */
    TRAIN_TEST,
    /** The predictions were read from a file made outside this tool ({@code --predictions}). */
    PREDICTIONS_FILE,
    /** The provider did not run. */
    NOT_RUN
}
