package org.newsbench.evaluation.gold;

/** How the entity tags of a CoNLL file mark mention boundaries. */
public enum TagScheme {
    /** {@code B-}, {@code I-}, {@code O}: IOB1 and IOB2 alike, decoded as conlleval decodes them. */
    IOB,
    /** {@code B-}, {@code I-}, {@code E-}, {@code S-}, {@code O}; BILOU's {@code L-} and {@code U-} read as E and S. */
    BIOES
}
