package org.newsbench.evaluation.gold;

import org.newsbench.api.CodePointOffsets;

/** What the offsets of a JSONL or brat gold file count. */
public enum OffsetUnit {
    /** Unicode code points, as every gold file of this project (and Python's {@code str}) counts. */
    CODEPOINT,
    /** UTF-16 code units, as Java, JavaScript and tools built on them count. */
    UTF16;

    /** A UTF-16 offset as a code-point offset of the document, an offset outside the text being an error. */
    static String utf16ToCodePoint(String file, long lineNumber, String field, String utf16, CodePointOffsets offsets)
            throws InvalidInputException {
        try {
            return String.valueOf(offsets.toCodePoint(Integer.parseInt(utf16)));
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new InvalidInputException(file, lineNumber, 0, "field '" + field + "': " + e.getMessage());
        }
    }
}
