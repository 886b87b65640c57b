package org.newsbench.api;

/** Stance labels of SemEval-2016 Task 6. */
public enum StanceLabel {
    /** Supports, praises, defends or sides with the target. */
    FAVOR,
    /** Accuses, condemns, criticises, blames or mocks the target. */
    AGAINST,
    /** The target is not evaluated. */
    NONE
}
