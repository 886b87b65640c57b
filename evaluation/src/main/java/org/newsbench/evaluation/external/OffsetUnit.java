package org.newsbench.evaluation.external;

import org.newsbench.api.CodePointOffsets;

/** What an external backend's offsets count: Unicode code points (as Python does) or UTF-16 units (Java, JavaScript). */
public enum OffsetUnit {
    CODEPOINT,
    UTF16;

    /** A code-point offset as the backend counts it. */
    int toWire(CodePointOffsets offsets, int codePointOffset) {
        return this == UTF16 ? offsets.toUtf16(codePointOffset) : codePointOffset;
    }

    /**
     * A backend's offset as a code-point offset.
     *
     * @throws IndexOutOfBoundsException when the offset is outside the text
     */
    int fromWire(CodePointOffsets offsets, int wireOffset) {
        if (this == UTF16) {
            return offsets.toCodePoint(wireOffset);
        }
        if (wireOffset < 0 || wireOffset > offsets.codePointLength()) {
            throw new IndexOutOfBoundsException("offset " + wireOffset + " is outside the text's [0, "
                    + offsets.codePointLength() + "]");
        }
        return wireOffset;
    }
}
