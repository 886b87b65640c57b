package org.newsbench.corenlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Computes a value at most once per key, even when several threads ask for the same key at once; the others wait
 * for the first. A computation that fails is forgotten, so a later call may try again.
 *
 * <p>Why not {@code ConcurrentHashMap.computeIfAbsent}: loading a pipeline or parsing a sentence takes seconds, and
 * computeIfAbsent would block unrelated keys that share the map's bin for that long.
 */
final class LoadOnceCache<K, V> {

    private final ConcurrentMap<K, FutureTask<V>> tasks = new ConcurrentHashMap<>();

    /** The value for {@code key}, computed by {@code loader} if no thread has computed it yet. */
    V get(K key, Function<K, V> loader) {
        FutureTask<V> created = new FutureTask<>(() -> loader.apply(key));
        FutureTask<V> existing = tasks.putIfAbsent(key, created);
        FutureTask<V> task = existing != null ? existing : created;
        if (existing == null) {
            created.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        } catch (ExecutionException e) {
            tasks.remove(key, task);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Number of keys held (including ones still computing). */
    int size() {
        return tasks.size();
    }
}
