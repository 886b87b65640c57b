package org.newsbench.api;

/**
 * A non-empty stretch of a document's text: 0-based, end-exclusive, counted in Unicode code points
 * (not UTF-16 units: the two differ after a character outside the BMP, such as an emoji).
 *
 * @param start first code point of the span, inclusive
 * @param end   code point after the span's last one
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** @throws IllegalArgumentException for a negative, reversed or empty span, naming its values */
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must be >= 0, got [" + start + ", " + end + ")");
        }
        if (end < start) {
            throw new IllegalArgumentException("span is reversed: end " + end + " < start " + start);
        }
        if (end == start) {
            throw new IllegalArgumentException("span is empty: start == end == " + start);
        }
    }

    /** The number of code points covered. */
    public int length() {
        return end - start;
    }

    /** Whether the two spans share at least one code point. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Code points shared with {@code other}; 0 when they do not overlap. */
    public int overlapLength(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Orders by start, then end. */
    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
