package org.newsbench.evaluation.gold;

/** What the offsets of a JSONL gold file count. */
public enum OffsetUnit {
    /** Unicode code points, as every gold file of this project (and Python's {@code str}) counts. */
    CODEPOINT,
    /** UTF-16 code units, as Java, JavaScript and tools built on them count. */
    UTF16
}
