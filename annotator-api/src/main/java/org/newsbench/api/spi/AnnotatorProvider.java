package org.newsbench.api.spi;

import org.newsbench.api.Annotator;

/**
 * A backend's entry point, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.newsbench.api.spi.AnnotatorProvider} and put the jar on the classpath.
 *
 * <p>Constructing a provider and calling its describing methods must be cheap and must not throw: models are
 * loaded by {@link #create}, not before. A provider that cannot run reports it through {@link #availability()}.
 */
public interface AnnotatorProvider {

    /** Its id, description, library, tasks and whether it must be trained; cheap, never loads models. */
    ProviderDescriptor descriptor();

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
