package org.newsbench.evaluation.baseline;

import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/** {@code baseline-memorize}: the entity floor, names seen in the training documents found again. */
public final class MemorizingEntityProvider implements AnnotatorProvider {

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of("baseline-memorize",
                "Entity baseline: the training documents' gold names, found again in the test document",
                "none", "-", Set.of(Task.ENTITIES), true);
    }

    @Override
    public Availability availability() {
        return Availability.available();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(descriptor().id(), Set.of(), Set.of());
        return new MemorizingEntityAnnotator();
    }
}
