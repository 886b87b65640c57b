package org.newsbench.api;

import java.util.Objects;

/**
 * A gold stance label: the instance, its label and who holds the stance ({@code AUTHOR}, a name as written, or empty
 * for {@link StanceLabel#NONE}).
 */
public record LabelledStance(StanceInstance instance, StanceLabel label, String holder) {

    public LabelledStance {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(holder, "holder");
    }
}
