package org.newsbench.evaluation.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which matching algorithm pairs predicted entity mentions with gold ones (METRICS.md §1.3). Both follow the four
 * {@link MatchSchema}s; they differ only when several predictions touch one gold mention, or on duplicate mentions.
 */
public enum EntityMatching {

    /**
     * nervaluate 1.2's single greedy pass, the default: predictions in (start, end, type) order, each taking its gold
     * mention as nervaluate does; duplicate mentions are scored as nervaluate scores them (a second copy of a
     * prediction is usually SPU, of a gold mention MIS); an overlap must cover at least 1 % of the gold span.
     * Every count equals nervaluate's on the same spans.
     */
    NERVALUATE("nervaluate"),

    /**
     * Order-independent: identical mentions are collapsed, correct matches claim their gold first, then every other
     * prediction takes the first gold it overlaps by at least one code point. Counts do not depend on the order of
     * the predictions, but can differ from nervaluate's when predictions overlap the same gold mention.
     */
    CORRECT_FIRST("correct-first");

    /** The matching used unless another is asked for. */
    public static final EntityMatching DEFAULT = NERVALUATE;

    private final String label;

    EntityMatching(String label) {
        this.label = label;
    }

    /** The name used on the command line and in reports: {@code nervaluate} or {@code correct-first}. */
    public String label() {
        return label;
    }

    /**
     * The matching with this {@link #label()} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the labels accepted, for any other text
     */
    public static EntityMatching fromLabel(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(matching -> matching.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entity matching '" + text
                        + "'; expected one of " + Arrays.stream(values()).map(EntityMatching::label).toList()));
    }
}
