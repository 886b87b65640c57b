package org.newsbench.evaluation.metrics;

import java.util.Comparator;
import java.util.Objects;

import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;

/** A sentence of the stance task, the unit of stance resampling: a document and the sentence's span in it. */
public record SentenceKey(String docId, Span span) implements Comparable<SentenceKey> {

    private static final Comparator<SentenceKey> ORDER =
            Comparator.comparing(SentenceKey::docId).thenComparing(SentenceKey::span);

    public SentenceKey {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
    }

    public static SentenceKey of(StanceInstance instance) {
        return new SentenceKey(instance.docId(), instance.span());
    }

    @Override
    public int compareTo(SentenceKey other) {
        return ORDER.compare(this, other);
    }
}
