package org.newsbench.evaluation.run;

/** How a provider's predictions were produced. */
public enum Protocol {
    /** A pretrained provider annotated every document. */
    PRETRAINED,
    /** A trainable provider was fitted per fold and annotated each fold's held-out documents; predictions pooled. */
    CROSS_VALIDATION,
    /** The provider did not run. */
    NOT_RUN
}
