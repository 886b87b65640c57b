package org.newsbench.evaluation.report;

import java.util.Locale;
import java.util.Optional;

import org.newsbench.evaluation.report.model.DocumentCell;
import org.newsbench.evaluation.report.model.SignificanceTable;
import org.newsbench.evaluation.report.model.TimingRow;
import org.newsbench.evaluation.scoring.ScoreRow;

/**
 * How figures are printed in every report and on the console: fixed decimals, locale-independent, so that reports
 * are byte-stable; a figure that was not computed is {@code -}, a document a provider failed on is {@code failed}.
 */
final class FigureFormat {

    static final String MISSING = "-";
    static final String FAILED = "failed";

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

    /** {@link #withInterval}, or {@code -} for a figure that was not computed. */
    static String figure(Optional<ScoreRow> row) {
        return row.map(FigureFormat::withInterval).orElse(MISSING);
    }

    /** A per-document figure, or {@code failed}. */
    static String cell(DocumentCell cell) {
        return cell instanceof DocumentCell.Scored scored ? score(scored.value()) : FAILED;
    }

    /** A signed difference of two scores: {@code +0.018}. */
    static String difference(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }

    static String pValue(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Why no p-value of this table can be small: with few paired units there are few distinct swaps. */
    static String smallestAttainablePValue(SignificanceTable table) {
        return String.format(Locale.ROOT, "With %d paired units (%s) there are only 2^%d distinct swaps, so no "
                        + "p-value can fall below about %s whatever the difference.", table.pairedUnits(),
                table.unitName(), table.pairedUnits(), pValue(table.smallestAttainablePValue()));
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** Whole tokens per second, or {@code -} when nothing was annotated (everything came from the cache). */
    static String tokensPerSecond(TimingRow row) {
        return row.timing().annotatedDocuments() == 0 ? MISSING
                : String.format(Locale.ROOT, "%.0f", row.tokensPerSecond());
    }

    /** For {@code scores.csv}: six decimals for rates; counts print as whole numbers. */
    static String csvNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.6f", value);
    }
}
