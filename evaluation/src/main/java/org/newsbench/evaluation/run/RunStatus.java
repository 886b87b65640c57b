package org.newsbench.evaluation.run;

/** Whether a provider ran. */
public enum RunStatus {
    /** It ran; some documents may still have failed (see {@code failedDocuments}). */
    RAN,
    /** It reported itself unavailable, or was not selected. */
    UNAVAILABLE,
    /** It could not be built or every document failed. */
    FAILED,
    /** It serves no task the gold labels (a stance provider on an entity-only corpus): there is nothing to score. */
    NOT_APPLICABLE
}
