package org.newsbench.api;

import java.util.Objects;

/**
 * A named-entity mention: where it is, its type (after mapping to the gold's type set, such as {@code PERSON})
 * and the text it covers.
 */
public record EntityMention(String docId, Span span, String type, String text) {

    public EntityMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** The mention that {@code span} covers in {@code document}, its text sliced from the document. */
    public static EntityMention of(Document document, CodePointOffsets offsets, Span span, String type) {
        return new EntityMention(document.id(), span, type, offsets.slice(span));
    }
}
