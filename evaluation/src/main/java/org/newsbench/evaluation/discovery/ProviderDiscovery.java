package org.newsbench.evaluation.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;

/**
 * Finds every {@link AnnotatorProvider} on the classpath with {@link ServiceLoader}. Never throws: a provider that
 * cannot be loaded, or whose availability check throws, is listed as unavailable with the reason.
 */
public final class ProviderDiscovery {

    private final ClassLoader classLoader;

    public ProviderDiscovery(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public ProviderDiscovery() {
        this(Thread.currentThread().getContextClassLoader());
    }

    /** Every provider found, sorted by id; a second provider with an id already seen is reported unavailable. */
    public List<DiscoveredProvider> discover() {
        return discover(List.of());
    }

    /**
     * Every provider found, and the {@code declared} ones (built from the configuration rather than the classpath),
     * sorted by id; a declared provider whose id a found one already has is reported unavailable.
     */
    public List<DiscoveredProvider> discover(List<AnnotatorProvider> declared) {
        List<DiscoveredProvider> found = new ArrayList<>();
        ServiceLoader<AnnotatorProvider> loader = ServiceLoader.load(AnnotatorProvider.class, classLoader);
        for (ServiceLoader.Provider<AnnotatorProvider> candidate : loader.stream().toList()) {
            found.add(inspect(candidate.type().getName(), candidate::get));
        }
        for (AnnotatorProvider provider : declared) {
            found.add(inspect(provider.getClass().getName(), () -> provider));
        }
        found.sort(Comparator.comparing(DiscoveredProvider::id));
        Set<String> seen = new HashSet<>();
        List<DiscoveredProvider> unique = new ArrayList<>();
        for (DiscoveredProvider provider : found) {
            if (seen.add(provider.id())) {
                unique.add(provider);
            } else {
                unique.add(new DiscoveredProvider(provider.id() + " (" + provider.provider().getClass().getName() + ")",
                        provider.provider(), Availability.unavailable("another provider already has the id '"
                        + provider.id() + "'")));
            }
        }
        return unique;
    }

    private static DiscoveredProvider inspect(String typeName, Supplier<AnnotatorProvider> candidate) {
        AnnotatorProvider provider;
        try {
            provider = candidate.get();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            return new DiscoveredProvider(typeName, null, Availability.unavailable("cannot instantiate: " + e));
        }
        String id;
        try {
            id = provider.descriptor().id();
        } catch (RuntimeException | LinkageError e) {
            return new DiscoveredProvider(typeName, null,
                    Availability.unavailable("descriptor() threw: " + e));
        }
        try {
            Availability availability = provider.availability();
            return new DiscoveredProvider(id, provider,
                    availability != null ? availability : Availability.unavailable("availability() returned null"));
        } catch (RuntimeException | LinkageError e) {
            return new DiscoveredProvider(id, provider, Availability.unavailable("availability check threw: " + e));
        }
    }
}
