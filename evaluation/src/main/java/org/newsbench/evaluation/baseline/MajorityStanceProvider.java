package org.newsbench.evaluation.baseline;

import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/** {@code baseline-majority}: the stance floor every backend must beat. */
public final class MajorityStanceProvider implements AnnotatorProvider {

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of("baseline-majority",
                "Stance baseline: the majority label of the training documents, per target",
                "none", "-", Set.of(Task.STANCE), true);
    }

    @Override
    public Availability availability() {
        return Availability.available();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(descriptor().id(), Set.of(), Set.of());
        return new MajorityStanceAnnotator();
    }
}
