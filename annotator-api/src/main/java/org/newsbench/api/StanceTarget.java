package org.newsbench.api;

import java.util.List;
import java.util.Objects;

/**
 * A stance target, such as {@code UKRAINE}, with the names and aliases that refer to it in the corpus
 * ({@code Ukraine}, {@code Kyiv}, {@code Kiev}, ...), for annotators that must find the target in a sentence.
 */
public record StanceTarget(String id, List<String> aliases) {

    public StanceTarget {
        Objects.requireNonNull(id, "target id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("target id must not be blank");
        }
        aliases = List.copyOf(aliases);
    }
}
