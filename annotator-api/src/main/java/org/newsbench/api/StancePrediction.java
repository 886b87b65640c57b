package org.newsbench.api;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An annotator's answer to one {@link StanceInstance}.
 *
 * @param confidence the annotator's probability or score for {@code label}, where it has one
 */
public record StancePrediction(StanceInstance instance, StanceLabel label, OptionalDouble confidence) {

    public StancePrediction {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** A prediction without a confidence. */
    public StancePrediction(StanceInstance instance, StanceLabel label) {
        this(instance, label, OptionalDouble.empty());
    }
}
