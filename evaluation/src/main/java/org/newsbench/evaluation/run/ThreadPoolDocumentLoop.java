package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Sends documents to a provider on a fixed number of threads of this JVM and waits for all of them. The action owns
 * its failures: it must record them, not throw.
 */
final class ThreadPoolDocumentLoop {

    private final int threads;

    ThreadPoolDocumentLoop(int threads) {
        this.threads = threads;
    }

    /** Runs {@code action} on every job; returns early only if this thread is interrupted. */
    <T> void run(List<T> jobs, Consumer<T> action) {
        if (jobs.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T job : jobs) {
                futures.add(pool.submit(() -> action.accept(job)));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a document action threw instead of recording its failure",
                            e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
