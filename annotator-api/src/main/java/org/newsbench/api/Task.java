package org.newsbench.api;

/** The tasks an annotator can serve. */
public enum Task {
    /** Named entities: {@link EntityAnnotator}. */
    ENTITIES,
    /** Stance toward targets, per sentence: {@link StanceAnnotator}. */
    STANCE
}
