package org.newsbench.api;

import java.util.Objects;

/**
 * A document to annotate: its id (for the bundled corpus, the file name without {@code .txt}) and its full text,
 * exactly as read, with no trimming or normalisation.
 */
public record Document(String id, String text) {

    public Document {
        Objects.requireNonNull(id, "document id");
        Objects.requireNonNull(text, "text of document " + id);
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
    }

    /** Offsets of this document's text; build once and reuse where many conversions are made. */
    public CodePointOffsets offsets() {
        return CodePointOffsets.of(text);
    }

    /** Length of the text in code points. */
    public int codePointLength() {
        return text.codePointCount(0, text.length());
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + text.length() + " chars]";
    }
}
