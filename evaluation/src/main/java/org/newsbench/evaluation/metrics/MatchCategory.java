package org.newsbench.evaluation.metrics;

/** The category the matching pass gives one mention under one {@link MatchSchema} (SemEval-2013 Task 9.1). */
public enum MatchCategory {
    /** Correct: the prediction matches its gold mention under the schema. */
    COR,
    /** Incorrect: the prediction took a gold mention it overlaps but does not match (wrong type or boundaries). */
    INC,
    /** Partial: the prediction took a gold mention with other boundaries (PARTIAL schema only). */
    PAR,
    /** Missed: a gold mention no prediction took. */
    MIS,
    /** Spurious: a prediction that took no gold mention. */
    SPU
}
