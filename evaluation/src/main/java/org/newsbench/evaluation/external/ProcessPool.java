package org.newsbench.evaluation.external;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsbench.api.AnnotationException;

/**
 * {@code workers} backend processes, each used by one request at a time. A process that faults is killed and replaced;
 * after {@code maxRestarts} replacements the pool gives up, and every later request fails with the reason.
 */
final class ProcessPool {

    /** Starts one process, ready to answer (a trainable backend is fitted again first). */
    interface Starter {
        BackendProcess start() throws IOException, BackendFault;
    }

    private final Starter starter;
    private final int size;
    private final int maxRestarts;
    private final Deque<BackendProcess> idle = new ArrayDeque<>();
    private final Set<BackendProcess> live = new HashSet<>();
    private int restarts;
    private String givenUp;

    ProcessPool(Starter starter, int size, int maxRestarts) {
        this.starter = starter;
        this.size = size;
        this.maxRestarts = maxRestarts;
    }

    /** Starts every worker; on failure stops those already started. */
    void fill() throws IOException, BackendFault {
        try {
            for (int i = 0; i < size; i++) {
                BackendProcess process = starter.start();
                synchronized (this) {
                    live.add(process);
                    idle.addLast(process);
                }
            }
        } catch (IOException | BackendFault | RuntimeException e) {
            close(Duration.ZERO);
            throw e;
        }
    }

    int size() {
        return size;
    }

    /** An idle process, waiting for one if all are busy. */
    synchronized BackendProcess borrow() throws AnnotationException {
        while (idle.isEmpty() && givenUp == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnnotationException("interrupted while waiting for a backend process");
            }
        }
        if (givenUp != null) {
            throw new AnnotationException(givenUp);
        }
        return idle.removeFirst();
    }

    synchronized void giveBack(BackendProcess process) {
        idle.addLast(process);
        notifyAll();
    }

    /**
     * Kills {@code broken} and starts a replacement, or gives up once the restarts are spent.
     *
     * @param stderr what the processes wrote to stderr, for the reason given when the pool gives up
     */
    void replace(BackendProcess broken, String fault, StderrTail stderr) {
        broken.kill();
        synchronized (this) {
            live.remove(broken);
            if (givenUp != null) {
                return;
            }
            if (restarts >= maxRestarts) {
                giveUp("backend given up after " + restarts + " restart" + (restarts == 1 ? "" : "s")
                        + "; last fault: " + fault + "; " + stderr.describe(5));
                return;
            }
            restarts++;
        }
        try {
            BackendProcess replacement = starter.start();
            synchronized (this) {
                live.add(replacement);
            }
            giveBack(replacement);
        } catch (IOException | BackendFault | RuntimeException e) {
            synchronized (this) {
                giveUp("backend given up: restarting it after '" + fault + "' failed: " + e.getMessage() + "; "
                        + stderr.describe(5));
            }
        }
    }

    synchronized int restarts() {
        return restarts;
    }

    synchronized String givenUpReason() {
        return givenUp;
    }

    /** Stops every process: closes its stdin, waits up to {@code grace}, then kills it and its children. */
    void close(Duration grace) {
        List<BackendProcess> all;
        synchronized (this) {
            all = new ArrayList<>(live);
            live.clear();
            idle.clear();
            if (givenUp == null) {
                givenUp = "backend closed";
            }
            notifyAll();
        }
        all.forEach(process -> process.stop(grace));
    }

    private void giveUp(String reason) {
        givenUp = reason;
        notifyAll();
    }
}
