package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the UD tokenizer's tokens further where names end inside them, so that the gold's name boundaries fall on
 * token boundaries.
 *
 * <p>Why: the UD EWT tokenizer keeps a possessive attached ({@code Ukraine’s}, {@code Mali's}) and leaves hyphens on
 * name fragments ({@code Russia-Ukraine} becomes {@code Russia} + {@code -Ukraine}), while the annotation spec puts
 * the possessive outside the span and splits hyphenated compounds of names. Without this step most country mentions
 * in the corpus could be neither trained on nor predicted with the gold's boundaries. The same refinement runs on
 * training and on tagging, so the name finder always sees one tokenisation.
 *
 * <p>It also splits a sentence-final period that the tokenizer left on a word ({@code Yusov.}, {@code PMC.”}), as it
 * does after a short capitalised word that it takes for an abbreviation; a word with another period inside
 * ({@code U.S.}) keeps its period.
 *
 * <p>Rules, in order: every hyphen ({@code -}, U+2010, U+2011) becomes a token of its own; a trailing {@code 's},
 * {@code ’s} (or {@code 'S}, {@code ’S}) after at least one other character becomes a token of its own; in the last
 * word of the sentence (before any closing quotes and brackets), a final period after a letter becomes a token of its
 * own unless the word holds another period.
 */
public final class TokenBoundaryRefiner {

    private TokenBoundaryRefiner() {
    }

    /** The refined tokens of one sentence's {@code tokens}, whose offsets index {@code text}. */
    public static List<Token> refine(String text, List<Token> tokens) {
        List<Token> refined = new ArrayList<>(tokens.size() + 8);
        for (Token token : tokens) {
            splitHyphens(text, token, refined);
        }
        splitFinalPeriod(text, refined);
        return refined;
    }

    private static void splitFinalPeriod(String text, List<Token> tokens) {
        int last = tokens.size() - 1;
        while (last >= 0 && isClosingPunctuation(tokens.get(last).text())) {
            last--;
        }
        if (last < 0) {
            return;
        }
        Token word = tokens.get(last);
        String value = word.text();
        int length = value.length();
        if (length > 1 && value.charAt(length - 1) == '.' && Character.isLetter(value.charAt(length - 2))
                && value.indexOf('.') == length - 1) {
            tokens.set(last, new Token(value.substring(0, length - 1), word.start(), word.end() - 1));
            tokens.add(last + 1, new Token(".", word.end() - 1, word.end()));
        }
    }

    private static boolean isClosingPunctuation(String token) {
        return token.length() == 1 && "\"'\u201D\u2019)]\u00BB".indexOf(token.charAt(0)) >= 0;
    }

    private static void splitHyphens(String text, Token token, List<Token> out) {
        int pieceStart = token.start();
        for (int i = token.start(); i < token.end(); i++) {
            if (isHyphen(text.charAt(i))) {
                if (i > pieceStart) {
                    splitPossessive(text, pieceStart, i, out);
                }
                out.add(new Token(text.substring(i, i + 1), i, i + 1));
                pieceStart = i + 1;
            }
        }
        if (pieceStart < token.end()) {
            splitPossessive(text, pieceStart, token.end(), out);
        }
    }

    private static void splitPossessive(String text, int start, int end, List<Token> out) {
        if (end - start > 2 && isApostrophe(text.charAt(end - 2))
                && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            out.add(new Token(text.substring(start, end - 2), start, end - 2));
            out.add(new Token(text.substring(end - 2, end), end - 2, end));
        } else {
            out.add(new Token(text.substring(start, end), start, end));
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
