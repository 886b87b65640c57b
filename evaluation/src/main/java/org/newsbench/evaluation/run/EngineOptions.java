package org.newsbench.evaluation.run;

import java.util.Optional;

/**
 * How to start an engine.
 *
 * @param threads documents annotated at once per provider by the local engine
 * @param master  the cluster to run on, for an engine that has one ({@code local[*]}, {@code spark://host:7077},
 *                {@code yarn}); empty to take the launcher's ({@code spark-submit --master}) or the engine's default
 */
public record EngineOptions(int threads, Optional<String> master) {

    public EngineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }
}
