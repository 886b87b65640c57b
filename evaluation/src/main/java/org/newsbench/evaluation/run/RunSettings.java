package org.newsbench.evaluation.run;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * How to run the providers.
 *
 * @param threads        documents annotated at once per provider
 * @param folds          cross-validation folds for trainable providers; 0 = one per document (leave-one-out)
 * @param tasks          the tasks to run; a provider serving none of them is skipped
 * @param configurations  configuration per provider id; a provider not listed gets an empty configuration
 * @param documentTimeout the time an in-JVM provider may take over one document ({@link DocumentTimeLimit}); zero
 *                        for no limit
 */
public record RunSettings(int threads, int folds, Set<Task> tasks, Map<String, ProviderConfiguration> configurations,
                          Duration documentTimeout) {

    public RunSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (documentTimeout.isNegative()) {
            throw new IllegalArgumentException("document timeout must be >= 0, got " + documentTimeout);
        }
        tasks = Set.copyOf(tasks);
        configurations = Map.copyOf(configurations);
    }

    /** With the {@linkplain DocumentTimeLimit#DEFAULT default} document timeout. */
    public RunSettings(int threads, int folds, Set<Task> tasks, Map<String, ProviderConfiguration> configurations) {
        this(threads, folds, tasks, configurations, DocumentTimeLimit.DEFAULT);
    }

    public ProviderConfiguration configurationFor(String providerId) {
        return configurations.getOrDefault(providerId, ProviderConfiguration.EMPTY);
    }
}
