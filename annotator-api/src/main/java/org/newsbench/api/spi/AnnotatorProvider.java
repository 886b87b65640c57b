package org.newsbench.api.spi;

import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;

/**
 * A backend's entry point, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.newsbench.api.spi.AnnotatorProvider} and put the jar on the classpath.
 *
 * <p>Constructing a provider and calling its describing methods must be cheap and must not throw: models are
 * loaded by {@link #create}, not before. A provider that cannot run reports it through {@link #availability()}.
 */
public interface AnnotatorProvider {

    /** Stable id, unique among providers, used in reports, file names and configuration keys: {@code corenlp}. */
    String id();

    /** One line saying what the provider does and how. */
    String description();

    /** The NLP library behind it, such as {@code Stanford CoreNLP}, or {@code none}. */
    String library();

    /** The library's version, such as {@code 4.5.10}. */
    String libraryVersion();

    /**
     * The provider's own version; change it when its output for the same input and configuration can change, so
     * that cached annotations are not reused.
     */
    default String version() {
        return "1";
    }

    /** The tasks its annotators serve; the annotator implements the matching interfaces. */
    Set<Task> tasks();

    /** Whether its annotators implement {@link org.newsbench.api.Trainable} and must be fitted before use. */
    boolean needsTraining();

    /** Whether it can run here, and if not why; never throws. */
    Availability availability();

    /**
     * Builds an annotator, loading its models.
     *
     * @param configuration keys and values documented by the provider; unknown keys are rejected
     * @throws ProviderException when the configuration is invalid or the models cannot be loaded
     */
    Annotator create(ProviderConfiguration configuration) throws ProviderException;
}
