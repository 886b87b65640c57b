package org.newsbench.evaluation.run;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderDescriptor;

/** A provider around a given annotator, counting how often it was built. */
final class FakeProvider implements AnnotatorProvider {

    private final String id;
    private final Set<Task> tasks;
    private final boolean trainable;
    private final java.util.function.Supplier<Annotator> factory;
    final AtomicInteger created = new AtomicInteger();

    FakeProvider(String id, Set<Task> tasks, boolean trainable, java.util.function.Supplier<Annotator> factory) {
        this.id = id;
        this.tasks = tasks;
        this.trainable = trainable;
        this.factory = factory;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(id, "fake " + id, "none", "0", tasks, trainable);
    }

    @Override
    public Availability availability() {
        return Availability.available();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) {
        created.incrementAndGet();
        return factory.get();
    }
}
