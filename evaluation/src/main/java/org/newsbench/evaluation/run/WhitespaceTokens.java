package org.newsbench.evaluation.run;

/** Whitespace-separated tokens: a backend-neutral size of a text, for tokens/s and corpus summaries. */
public final class WhitespaceTokens {

    private WhitespaceTokens() {
    }

    public static long count(String text) {
        long count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }
}
