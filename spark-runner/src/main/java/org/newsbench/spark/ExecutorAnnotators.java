package org.newsbench.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.newsbench.api.Annotator;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.run.FailureDescription;

/**
 * The annotators of this JVM (an executor's, or the driver's in local mode): a pretrained provider's is built the
 * first time a task asks for its id and configuration, once per JVM, found with the same ServiceLoader discovery as on
 * the driver; never broadcast. Tasks running at once share it, as the API allows. A fitted annotator is restored from
 * its serialised state for each partition.
 */
final class ExecutorAnnotators {

    /** A built annotator, or why it could not be built, with how long building took here. */
    record Built(Annotator annotator, String failure, long loadMillis) {
    }

    private static final Map<String, Lazy> BY_INSTANCE_KEY = new ConcurrentHashMap<>();

    private ExecutorAnnotators() {
    }

    /**
     * The JVM's annotator for {@code spec}; {@code loadMillis} is non-zero only for the call that built it, so that a
     * sum over tasks is the time spent building.
     */
    static Built pretrained(ProviderSpec spec) {
        return BY_INSTANCE_KEY.computeIfAbsent(spec.instanceKey(), key -> new Lazy()).get(spec);
    }

    /** Closes and forgets every annotator of this JVM (the local-mode driver, when its engine closes). */
    static void closeAll() {
        BY_INSTANCE_KEY.values().forEach(Lazy::close);
        BY_INSTANCE_KEY.clear();
    }

    /** Restores a fitted annotator from its Java serialisation, resolving classes with the task's class loader. */
    static Annotator fitted(byte[] state) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new TaskClassLoaderInputStream(new ByteArrayInputStream(state))) {
            return (Annotator) in.readObject();
        }
    }

    private static final class Lazy {

        private Built built;

        synchronized Built get(ProviderSpec spec) {
            if (built != null) {
                return new Built(built.annotator(), built.failure(), 0);
            }
            long start = System.nanoTime();
            try {
                DiscoveredProvider provider = new ProviderDiscovery().discover().stream()
                        .filter(found -> found.id().equals(spec.providerId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no provider '" + spec.providerId()
                                + "' on this executor's classpath"));
                if (provider.provider() == null || !provider.availability().isAvailable()) {
                    throw new IllegalStateException("unavailable on this executor: "
                            + provider.availability().reason());
                }
                Annotator annotator = provider.provider().create(spec.providerConfiguration());
                built = new Built(annotator, null, (System.nanoTime() - start) / 1_000_000);
            } catch (Exception | LinkageError e) {
                built = new Built(null, "could not be built: " + FailureDescription.of(e),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return built;
        }

        synchronized void close() {
            if (built != null && built.annotator() != null) {
                try {
                    built.annotator().close();
                } catch (Exception e) {
                    System.err.println("warning: closing " + built.annotator().getClass().getName() + " failed: " + e);
                }
            }
            built = null;
        }
    }

    private static final class TaskClassLoaderInputStream extends ObjectInputStream {

        TaskClassLoaderInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
