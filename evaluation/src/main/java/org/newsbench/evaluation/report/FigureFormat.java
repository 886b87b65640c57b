package org.newsbench.evaluation.report;

import java.util.Locale;

import org.newsbench.evaluation.scoring.ScoreRow;

/** How figures are printed in every report: fixed decimals, locale-independent, so that reports are byte-stable. */
final class FigureFormat {

    private FigureFormat() {
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** {@code 0.812 [0.761, 0.858]}, or the bare value without an interval. */
    static String withInterval(ScoreRow row) {
        return row.hasInterval()
                ? score(row.value()) + " [" + score(row.ciLow()) + ", " + score(row.ciHigh()) + "]"
                : score(row.value());
    }

    static String pValue(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
