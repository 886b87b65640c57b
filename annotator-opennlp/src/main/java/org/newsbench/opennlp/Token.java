package org.newsbench.opennlp;

/**
 * A token as the tokenizer found it: its text and its UTF-16 offsets in the document's text (what {@link String}
 * indexes; convert with {@link org.newsbench.api.CodePointOffsets} before reporting).
 */
public record Token(String text, int start, int end) {

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token offsets must be 0 <= start < end, got [" + start + ", " + end
                    + ")");
        }
    }
}
