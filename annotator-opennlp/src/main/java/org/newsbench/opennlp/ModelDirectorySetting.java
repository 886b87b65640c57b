package org.newsbench.opennlp;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the user put the name-finder models, and which setting said so ({@code system property
 * newsbench.opennlp.models}, ...), for messages.
 */
public record ModelDirectorySetting(Path directory, String origin) {

    public ModelDirectorySetting {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return directory + " (from " + origin + ")";
    }
}
