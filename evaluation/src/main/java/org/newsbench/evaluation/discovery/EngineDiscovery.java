package org.newsbench.evaluation.discovery;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.newsbench.evaluation.run.AnnotationEngineFactory;

/** Finds every {@link AnnotationEngineFactory} on the classpath with {@link ServiceLoader}. */
public final class EngineDiscovery {

    private final ClassLoader classLoader;

    public EngineDiscovery(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public EngineDiscovery() {
        this(Thread.currentThread().getContextClassLoader());
    }

    /** The engines found, sorted by name. */
    public List<AnnotationEngineFactory> discover() {
        return ServiceLoader.load(AnnotationEngineFactory.class, classLoader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(AnnotationEngineFactory::name))
                .toList();
    }

    /** The engine called {@code name}, if one is on the classpath. */
    public Optional<AnnotationEngineFactory> find(String name) {
        return discover().stream().filter(factory -> factory.name().equals(name)).findFirst();
    }

    /** The names found, for messages. */
    public List<String> names() {
        return List.copyOf(new TreeSet<>(discover().stream().map(AnnotationEngineFactory::name).toList()));
    }
}
