package org.newsbench.evaluation.report;

/** Escapes text for HTML content and attribute values: every text from the corpus, gold, predictions or providers. */
final class HtmlEscape {

    private HtmlEscape() {
    }

    /** The five special characters as entities; null as the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
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
