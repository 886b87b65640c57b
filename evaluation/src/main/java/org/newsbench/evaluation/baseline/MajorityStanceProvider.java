package org.newsbench.evaluation.baseline;

import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/** {@code baseline-majority}: the stance floor every backend must beat. */
public final class MajorityStanceProvider implements AnnotatorProvider {

    @Override
    public String id() {
        return "baseline-majority";
    }

    @Override
    public String description() {
        return "Stance baseline: the majority label of the training documents, per target";
    }

    @Override
    public String library() {
        return "none";
    }

    @Override
    public String libraryVersion() {
        return "-";
    }

    @Override
    public Set<Task> tasks() {
        return Set.of(Task.STANCE);
    }

    @Override
    public boolean needsTraining() {
        return true;
    }

    @Override
    public Availability availability() {
        return Availability.available();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(id(), Set.of(), Set.of());
        return new MajorityStanceAnnotator();
    }
}
