package org.newsbench.evaluation.report;

import static org.newsbench.evaluation.report.HtmlEscape.escape;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newsbench.api.StanceLabel;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.scoring.ScoreRow;

/**
 * The inline SVG charts of {@code report.html}: grouped bar charts on a 0..1 scale with interval whiskers, and
 * confusion-matrix heat maps. Appends to the page being written; every chart gets the next {@code figN} id.
 */
final class SvgChartWriter {

    private final StringBuilder out;
    private int figureCounter;

    SvgChartWriter(StringBuilder out) {
        this.out = out;
    }

    /** One bar of every group, with its legend name and fill colour. */
    record Series(String name, String colour) {
    }

    @FunctionalInterface
    interface ChartValues {
        Optional<ScoreRow> at(int category, int series);
    }

    /**
     * A horizontal grouped bar chart on a fixed 0..1 scale: one group per category, one bar per series, whiskers for
     * the interval where the row has one.
     */
    void barChart(String title, String axisLabel, List<String> categories, List<Series> series, ChartValues values,
                  String caption) {
        String id = "fig" + (++figureCounter);
        int longest = categories.stream().mapToInt(c -> Math.min(c.length(), 32)).max().orElse(4);
        double left = Math.max(90, Math.min(260, longest * 7.2 + 16));
        double plotWidth = 560;
        double right = 120;
        double barHeight = 15;
        double barGap = 2;
        double groupGap = 12;
        boolean legend = !series.isEmpty();
        int legendRows = legend ? legendRows(series, left + plotWidth + right - 10) : 0;
        double top = 34 + legendRows * 18 + 6;
        double groupHeight = series.size() * barHeight + (series.size() - 1) * barGap + groupGap;
        double plotHeight = Math.max(1, categories.size()) * groupHeight;
        double bottom = 48;
        double width = left + plotWidth + right;
        double height = top + plotHeight + bottom;

        out.append("<figure>\n");
        out.append("<svg width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(caption)).append("</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        text(10, 20, "start", "font-size=\"15\" font-weight=\"700\"", escape(title));

        if (legend) {
            double x = 10;
            double y = 34;
            for (Series s : series) {
                double itemWidth = 22 + Math.min(s.name().length(), 32) * 7.2 + 16;
                if (x + itemWidth > width - 10 && x > 10) {
                    x = 10;
                    y += 18;
                }
                out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 10))
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(s.colour()).append("\"/>");
                text(x + 17, y, "start", "font-size=\"12\"", escape(shorten(s.name())));
                x += itemWidth;
            }
        }

        // grid, ticks and axis
        double axisY = top + plotHeight;
        for (int tick = 0; tick <= 10; tick++) {
            double x = left + tick / 10.0 * plotWidth;
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(top)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(axisY)).append("\" stroke=\"")
                    .append(tick == 0 ? "#57606a" : "#e1e4e8").append("\" stroke-width=\"1\"/>");
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(axisY + 5)).append("\" stroke=\"#57606a\"/>");
            text(x, axisY + 18, "middle", "font-size=\"11\" fill=\"#57606a\"",
                    String.format(Locale.ROOT, "%.1f", tick / 10.0));
        }
        out.append('\n');
        out.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
                .append(num(left + plotWidth)).append("\" y2=\"").append(num(axisY))
                .append("\" stroke=\"#57606a\"/>\n");
        text(left + plotWidth / 2, axisY + 38, "middle", "font-size=\"12\" fill=\"#24292f\"", escape(axisLabel));

        for (int c = 0; c < categories.size(); c++) {
            double groupTop = top + c * groupHeight + groupGap / 2;
            double groupMiddle = groupTop + (groupHeight - groupGap) / 2;
            out.append("<g>");
            out.append("<text x=\"").append(num(left - 8)).append("\" y=\"").append(num(groupMiddle))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\"><title>")
                    .append(escape(categories.get(c))).append("</title>").append(escape(shorten(categories.get(c))))
                    .append("</text>");
            for (int s = 0; s < series.size(); s++) {
                double y = groupTop + s * (barHeight + barGap);
                double middle = y + barHeight / 2;
                Optional<ScoreRow> row = values.at(c, s);
                String label = categories.get(c) + " \u2014 " + series.get(s).name() + ": "
                        + row.map(FigureFormat::withInterval).orElse("not computed");
                if (row.isEmpty() || Double.isNaN(row.get().value())) {
                    text(left + 4, middle + 4, "start", "font-size=\"11\" fill=\"#57606a\"", "n/a");
                    continue;
                }
                ScoreRow value = row.get();
                double barEnd = left + clamp(value.value()) * plotWidth;
                out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(Math.max(0.5, barEnd - left))).append("\" height=\"").append(num(barHeight))
                        .append("\" fill=\"").append(series.get(s).colour()).append("\"><title>")
                        .append(escape(label)).append("</title></rect>");
                double labelX = barEnd;
                if (value.hasInterval() && !Double.isNaN(value.ciHigh())) {
                    double low = left + clamp(value.ciLow()) * plotWidth;
                    double high = left + clamp(value.ciHigh()) * plotWidth;
                    double cap = barHeight * 0.35;
                    out.append("<g stroke=\"#1b1b1b\" stroke-width=\"1.4\"><title>").append(escape(label))
                            .append("</title>");
                    line(low, middle, high, middle);
                    line(low, middle - cap, low, middle + cap);
                    line(high, middle - cap, high, middle + cap);
                    out.append("</g>");
                    labelX = Math.max(labelX, high);
                }
                text(labelX + 5, middle + 4, "start", "font-size=\"11\"", FigureFormat.score(value.value()));
            }
            out.append("</g>\n");
        }
        out.append("</svg>\n<figcaption>").append(escape(caption)).append("</figcaption>\n</figure>\n");
    }

    private static int legendRows(List<Series> series, double width) {
        int rows = 1;
        double x = 10;
        for (Series s : series) {
            double itemWidth = 22 + Math.min(s.name().length(), 32) * 7.2 + 16;
            if (x + itemWidth > width && x > 10) {
                x = 10;
                rows++;
            }
            x += itemWidth;
        }
        return rows;
    }

    /** A 3×3 confusion matrix, cells shaded by their share of the gold row, counts written in. */
    void heatMap(String provider, ConfusionMatrix matrix, double accuracy) {
        String id = "fig" + (++figureCounter);
        StanceLabel[] labels = StanceLabel.values();
        double cell = 72;
        double left = 104;
        double top = 66;
        double width = left + labels.length * cell + 16;
        double height = top + labels.length * cell + 36;
        String title = "Stance confusion matrix of " + provider;
        out.append("<figure>\n<svg width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">\n<title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title>\n<desc id=\"").append(id).append("-desc\">Rows: gold label; columns: predicted "
                        + "label; ").append(matrix.total()).append(" instances. Shade: share of the gold row.</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        text(8, 18, "start", "font-size=\"14\" font-weight=\"700\"", escape(shorten(provider)));
        text(left + labels.length * cell / 2, 38, "middle", "font-size=\"12\" fill=\"#57606a\"", "predicted");
        text(16, top + labels.length * cell / 2, "middle",
                "font-size=\"12\" fill=\"#57606a\" transform=\"rotate(-90 16 " + num(top + labels.length * cell / 2)
                        + ")\"", "gold");
        for (int p = 0; p < labels.length; p++) {
            text(left + p * cell + cell / 2, top - 8, "middle", "font-size=\"12\" font-weight=\"600\"",
                    labels[p].name());
        }
        for (int g = 0; g < labels.length; g++) {
            int rowTotal = matrix.goldCount(labels[g]);
            double y = top + g * cell;
            text(left - 8, y + cell / 2 + 4, "end", "font-size=\"12\" font-weight=\"600\"", labels[g].name());
            for (int p = 0; p < labels.length; p++) {
                int count = matrix.count(labels[g], labels[p]);
                double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
                double x = left + p * cell;
                String colour = share >= 0.5 ? "#ffffff" : "#1b1b1b";
                out.append("<g><title>").append(String.format(Locale.ROOT,
                                "gold %s, predicted %s: %d of %d (%.1f %% of gold %s)", labels[g], labels[p], count,
                                rowTotal, share * 100, labels[g]))
                        .append("</title><rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                        .append("\" width=\"").append(num(cell)).append("\" height=\"").append(num(cell))
                        .append("\" fill=\"").append(blue(share)).append("\" stroke=\"").append(g == p ? "#1b1b1b"
                                : "#d0d7de").append("\" stroke-width=\"").append(g == p ? "1.5" : "1").append("\"/>");
                text(x + cell / 2, y + cell / 2, "middle", "font-size=\"16\" font-weight=\"700\" fill=\""
                        + colour + "\"", String.valueOf(count));
                text(x + cell / 2, y + cell / 2 + 17, "middle", "font-size=\"11\" fill=\"" + colour + "\"",
                        rowTotal == 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", share * 100));
                out.append("</g>\n");
            }
        }
        text(left, top + labels.length * cell + 22, "start", "font-size=\"11\" fill=\"#57606a\"",
                String.format(Locale.ROOT, "%d instances; accuracy %s", matrix.total(),
                        FigureFormat.score(accuracy)));
        out.append("</svg>\n<figcaption>").append(escape(provider)).append(": rows gold, columns predicted"
                + "</figcaption>\n</figure>\n");
    }

    /** White at 0 to dark blue at 1. */
    private static String blue(double share) {
        double t = clamp(share);
        int r = (int) Math.round(247 + (8 - 247) * t);
        int g = (int) Math.round(251 + (48 - 251) * t);
        int b = (int) Math.round(255 + (107 - 255) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private void text(double x, double y, String anchor, String attributes, String escapedContent) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(attributes).append('>').append(escapedContent).append("</text>");
    }

    private void line(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>");
    }

    static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= 32 ? text
                : text.substring(0, text.offsetByCodePoints(0, 31)) + "\u2026";
    }
}
