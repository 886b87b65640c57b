package org.newsbench.evaluation.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsbench.api.AnnotationException;

/**
 * Bounds how long an in-JVM provider may take over one document. The work runs on a worker thread and the caller
 * waits at most the limit; past it the document fails with {@code timeout after N s} and the worker is interrupted and
 * abandoned (Java cannot kill a thread: one that ignores the interrupt keeps running until it returns), so the next
 * document runs on a fresh thread. Workers are daemon threads, so an abandoned one never keeps the JVM alive.
 */
public final class DocumentTimeLimit implements AutoCloseable {

    /** Generous enough for a slow parser on a long news article, short enough not to block a run for good. */
    public static final Duration DEFAULT = Duration.ofSeconds(300);
    private static final AtomicInteger WORKERS_STARTED = new AtomicInteger();

    private final Duration limit;
    /** Null when there is no limit: the work then runs on the caller's thread. */
    private final ExecutorService workers;

    /** @param limit the time one document may take; zero for no limit */
    public DocumentTimeLimit(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("document timeout must be >= 0, got " + limit);
        }
        this.limit = limit;
        this.workers = limit.isZero() ? null : Executors.newCachedThreadPool(work -> {
            Thread worker = new Thread(work, "newsbench-document-" + WORKERS_STARTED.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * The work's result, or what it threw (unwrapped).
     *
     * @throws AnnotationException {@code timeout after N s} when the work took longer than the limit
     */
    public <T> T call(Callable<T> work) throws Exception {
        if (workers == null) {
            return work.call();
        }
        Future<T> result = workers.submit(work);
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AnnotationException("timeout after " + describe(limit));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** {@code 300 s}, or {@code 1500 ms} below whole seconds. */
    static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** Lets idle workers end; an abandoned one was interrupted already and is left to return on its own. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdown();
        }
    }
}
