package org.newsbench.api.spi;

import java.util.Objects;
import java.util.Set;

import org.newsbench.api.Task;

/**
 * What a provider says of itself, shown in every report.
 *
 * @param id             stable id, unique among providers, used in reports, file names and configuration keys:
 *                       {@code corenlp}; no white space
 * @param description    one line saying what the provider does and how
 * @param library        the NLP library behind it, such as {@code Stanford CoreNLP}, or {@code none}
 * @param libraryVersion the library's version, such as {@code 4.5.10}, or {@code -}
 * @param version        the provider's own version: change it when its output for the same input and configuration
 *                       can change, so that cached annotations are not reused
 * @param tasks          the tasks its annotators serve; the annotator implements the matching interfaces
 * @param needsTraining  whether its annotators implement {@link org.newsbench.api.Trainable} and must be fitted
 */
public record ProviderDescriptor(String id, String description, String library, String libraryVersion,
                                 String version, Set<Task> tasks, boolean needsTraining) {

    public ProviderDescriptor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("provider id must be non-empty without white space, got '" + id + "'");
        }
        Objects.requireNonNull(description, "description of " + id);
        Objects.requireNonNull(library, "library of " + id);
        Objects.requireNonNull(libraryVersion, "libraryVersion of " + id);
        Objects.requireNonNull(version, "version of " + id);
        tasks = Set.copyOf(tasks);
    }

    /** A descriptor at provider version {@code 1}. */
    public static ProviderDescriptor of(String id, String description, String library, String libraryVersion,
                                        Set<Task> tasks, boolean needsTraining) {
        return new ProviderDescriptor(id, description, library, libraryVersion, "1", tasks, needsTraining);
    }

    /** {@code Stanford CoreNLP 4.5.10}, or the library alone where it has no version (the baselines' {@code none}). */
    public String libraryWithVersion() {
        return libraryVersion.isBlank() || libraryVersion.equals("-") ? library : library + " " + libraryVersion;
    }
}
