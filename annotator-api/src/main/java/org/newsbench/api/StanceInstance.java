package org.newsbench.api;

import java.util.Objects;

/** One question of the stance task: what does the sentence at {@code span} of document {@code docId} say of {@code target}? */
public record StanceInstance(String docId, Span span, StanceTarget target) {

    public StanceInstance {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(target, "target");
    }
}
