package org.newsbench.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.broadcast.Broadcast;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * What an executor needs to build or restore a provider's annotator: data only, never a loaded model.
 *
 * @param targets          stance targets asked of the provider's own sentences, for documents without gold questions
 * @param fittedState      for a trainable provider, its annotator fitted on the driver, serialised and broadcast
 *                         (sent once per executor); null for a pretrained provider, which each executor JVM builds
 *                         once from its id and configuration (its models are never broadcast)
 * @param documentTimeout  the time the annotator may take over one document; zero for no limit
 */
record ProviderSpec(String providerId, Map<String, String> configuration, Set<Task> tasks,
                    List<StanceQuestionRow.Target> targets, Broadcast<byte[]> fittedState, Duration documentTimeout)
        implements Serializable {

    ProviderSpec {
        configuration = new TreeMap<>(configuration);
        tasks = Set.copyOf(tasks);
        targets = List.copyOf(targets);
    }

    ProviderConfiguration providerConfiguration() {
        return ProviderConfiguration.of(configuration);
    }

    /** The key of the executor's lazily built instance: the provider id and its configuration. */
    String instanceKey() {
        return providerId + " " + configuration;
    }
}
