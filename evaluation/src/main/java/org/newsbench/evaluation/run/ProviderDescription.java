package org.newsbench.evaluation.run;

import java.util.Set;
import java.util.TreeSet;

import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;

/** What a provider says of itself, copied once so that reports need not call into it again. */
public record ProviderDescription(String id, String description, String library, String libraryVersion,
                                  String version, Set<Task> tasks, boolean needsTraining) {

    public ProviderDescription {
        tasks = Set.copyOf(tasks);
    }

    public static ProviderDescription of(AnnotatorProvider provider) {
        return new ProviderDescription(provider.id(), provider.description(), provider.library(),
                provider.libraryVersion(), provider.version(), new TreeSet<>(provider.tasks()),
                provider.needsTraining());
    }

    /** {@code Stanford CoreNLP 4.5.10}, or just the library where it has no version (the baselines' {@code none}). */
    public String libraryWithVersion() {
        return libraryVersion == null || libraryVersion.isBlank() || libraryVersion.equals("-") ? library
                : library + " " + libraryVersion;
    }

    /** For a provider that could not be instantiated: only its class name is known. */
    public static ProviderDescription unknown(String id) {
        return new ProviderDescription(id, "(could not be loaded)", "?", "?", "?", Set.of(), false);
    }
}
