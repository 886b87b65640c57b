package org.newsbench.evaluation.report;

import org.newsbench.evaluation.scoring.EvaluationResult;

/** {@code report.html}: one self-contained page (no external resources). */
public final class HtmlReportWriter {

    private HtmlReportWriter() {
    }

    public static String render(EvaluationResult result) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Accuracy report</title></head>"
                + "<body><pre>" + escape(MarkdownReportWriter.render(result)) + "</pre></body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
