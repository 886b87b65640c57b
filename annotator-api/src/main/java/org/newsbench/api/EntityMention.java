package org.newsbench.api;

import java.util.Objects;

/**
 * A named-entity mention: where it is, its type (after mapping to the gold's type set, such as {@code PERSON}), the
 * text it covers, and the label the source gave it before any mapping ({@code sourceLabel}), as DKPro keeps
 * {@code value} beside the mapped type: CoreNLP's NER tag (e.g. {@code COUNTRY} for a mention typed
 * {@code LOCATION}), an OpenNLP name finder's name type.
 *
 * <p>Matching and scoring compare span and type only; {@code sourceLabel} is carried for reports. A mention created
 * without one (gold, a baseline, anything that does not map labels) has {@code sourceLabel} equal to {@code type}.
 */
public record EntityMention(String docId, Span span, String type, String text, String sourceLabel) {

    public EntityMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceLabel, "sourceLabel");
    }

    /** A mention whose source label is its type: nothing was mapped (gold, a baseline). */
    public EntityMention(String docId, Span span, String type, String text) {
        this(docId, span, type, text, type);
    }

    /** The mention that {@code span} covers in {@code document}, its text sliced from the document. */
    public static EntityMention of(Document document, CodePointOffsets offsets, Span span, String type) {
        return new EntityMention(document.id(), span, type, offsets.slice(span));
    }

    /**
     * The mention that {@code span} covers in {@code document}, typed {@code type} after mapping from the library's
     * {@code sourceLabel}.
     */
    public static EntityMention of(Document document, CodePointOffsets offsets, Span span, String type,
                                   String sourceLabel) {
        return new EntityMention(document.id(), span, type, offsets.slice(span), sourceLabel);
    }
}
