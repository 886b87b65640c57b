package org.newsbench.api;

/**
 * The one place that converts between code-point offsets (what gold files and {@link Span} count) and
 * UTF-16 offsets (what {@link String} indexes and what most NLP libraries report).
 *
 * <p>Built once per text; each conversion is a binary search over the text's supplementary characters
 * (none in most texts). Immutable and thread-safe.
 */
public final class CodePointOffsets {

    private final String text;
    private final int codePointLength;
    /** UTF-16 offset of each supplementary character, ascending; empty for pure-BMP text (the common case). */
    private final int[] supplementaryUtf16Offsets;
    /** Code-point offset of each supplementary character, ascending. */
    private final int[] supplementaryCodePointOffsets;

    private CodePointOffsets(String text) {
        this.text = text;
        this.codePointLength = text.codePointCount(0, text.length());
        int supplementary = text.length() - codePointLength;
        this.supplementaryUtf16Offsets = new int[supplementary];
        this.supplementaryCodePointOffsets = new int[supplementary];
        int next = 0;
        for (int i = 0; i < text.length() && next < supplementary; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                supplementaryUtf16Offsets[next] = i;
                supplementaryCodePointOffsets[next] = i - next;
                next++;
                i++;
            }
        }
    }

    /** Indexes {@code text}. */
    public static CodePointOffsets of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return new CodePointOffsets(text);
    }

    /** The text's length in code points. */
    public int codePointLength() {
        return codePointLength;
    }

    /**
     * The UTF-16 offset of code point {@code codePointOffset}; {@code codePointLength()} maps to the string's length.
     *
     * @throws IndexOutOfBoundsException if the offset is outside [0, codePointLength()]
     */
    public int toUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IndexOutOfBoundsException("code-point offset " + codePointOffset
                    + " is outside the text's [0, " + codePointLength + "]");
        }
        // Each supplementary character before the target adds one UTF-16 unit.
        return codePointOffset + lowerBound(supplementaryCodePointOffsets, codePointOffset);
    }

    /**
     * The code-point offset of UTF-16 offset {@code utf16Offset}. An offset that falls between the two halves of a
     * surrogate pair maps to the code point that the pair encodes.
     *
     * @throws IndexOutOfBoundsException if the offset is outside [0, text length]
     */
    public int toCodePoint(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > text.length()) {
            throw new IndexOutOfBoundsException("UTF-16 offset " + utf16Offset
                    + " is outside the text's [0, " + text.length() + "]");
        }
        // Each supplementary character that starts before the offset took one extra UTF-16 unit; an offset inside
        // a pair counts its own pair too and so lands on the pair's code point.
        return utf16Offset - lowerBound(supplementaryUtf16Offsets, utf16Offset);
    }

    /** Converts a UTF-16 [begin, end) pair, as libraries report it, to a code-point span. */
    public Span spanOfUtf16(int utf16Begin, int utf16End) {
        return new Span(toCodePoint(utf16Begin), toCodePoint(utf16End));
    }

    /** The text that {@code span} covers. */
    public String slice(Span span) {
        if (span.end() > codePointLength) {
            throw new IndexOutOfBoundsException("span " + span + " ends after the text's " + codePointLength
                    + " code points");
        }
        return text.substring(toUtf16(span.start()), toUtf16(span.end()));
    }

    /** Number of values in the ascending array that are strictly below {@code key}. */
    private static int lowerBound(int[] ascending, int key) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
