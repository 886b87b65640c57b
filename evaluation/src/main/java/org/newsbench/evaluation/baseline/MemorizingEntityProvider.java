package org.newsbench.evaluation.baseline;

import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/** {@code baseline-memorize}: the entity floor, names seen in the training documents found again. */
public final class MemorizingEntityProvider implements AnnotatorProvider {

    @Override
    public String id() {
        return "baseline-memorize";
    }

    @Override
    public String description() {
        return "Entity baseline: the training documents' gold names, found again in the test document";
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
        return Set.of(Task.ENTITIES);
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
        return new MemorizingEntityAnnotator();
    }
}
