package org.newsbench.corenlp;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One stance instance as a {@code ColumnDataClassifier} row. Columns: 0 the label (gold when training, a
 * placeholder when predicting), 1 the sentence's lower-cased tokens (words and bigrams), 2 the target id,
 * 3 whether the target is mentioned, 4 the sentiment class, 5 the three combined (a linear model cannot form that
 * conjunction itself).
 */
final class StanceFeatureRow {

    /** Sentiment column value for a sentence that was not parsed (too long, or sentiment features off). */
    static final String UNPARSED = "UNPARSED";

    private StanceFeatureRow() {
    }

    static String[] of(String label, SentenceAnalysis analysis, String targetId, boolean mentioned) {
        String words = analysis.tokens().stream()
                // The classifier splits columns on tabs and words on whitespace: keep each token one word.
                .map(token -> token.toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"))
                .collect(Collectors.joining(" "));
        String sentiment = analysis.parsed() ? analysis.sentiment().name() : UNPARSED;
        String mention = mentioned ? "MENTIONED" : "ABSENT";
        return new String[] {label, words.isEmpty() ? "<empty>" : words, targetId, mention, sentiment,
                targetId + "|" + mention + "|" + sentiment};
    }
}
