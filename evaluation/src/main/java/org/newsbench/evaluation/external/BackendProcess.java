package org.newsbench.evaluation.external;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running backend program: a request line goes to its stdin, its response line (at most the
 * {@link ResponseLimit}) comes from its stdout; its stderr is drained into a {@link StderrTail} so that it can never
 * block on a full pipe, each line cut so that an endless one cannot fill the memory either. Used by one thread at a
 * time.
 */
final class BackendProcess {

    /** Far more of a stderr line than a {@link StderrTail} keeps, so that it still marks the line as cut. */
    private static final int STDERR_LINE_BYTES = 64 * 1024;

    private final Process process;
    private final BufferedWriter stdin;
    private final BoundedLineReader stdout;
    private final ResponseLimit limit;
    private final Thread stderrDrain;
    /** This process's own stderr, for the reason a document failed on it; the shared tail spans restarts. */
    private final StderrTail ownStderr = new StderrTail();

    private BackendProcess(Process process, StderrTail stderr, ResponseLimit limit) {
        this.process = process;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.stdout = new BoundedLineReader(process.getInputStream());
        this.limit = limit;
        this.stderrDrain = new Thread(() -> drain(process, stderr, ownStderr), "newsbench-external-stderr-" + process.pid());
        this.stderrDrain.setDaemon(true);
        this.stderrDrain.start();
    }

    /** Starts the program; registered with the {@link ChildProcessReaper} before anything else can fail. */
    static BackendProcess start(ProcessBuilder builder, StderrTail stderr, ResponseLimit limit) throws IOException {
        Process process = builder.start();
        ChildProcessReaper.register(process);
        return new BackendProcess(process, stderr, limit);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Writes {@code request} as one line and reads one line back within {@code timeout}.
     *
     * @throws BackendFault on timeout (the process is then killed), when the process has exited or when the line
     *                      passes the response limit (it is read no further)
     */
    String exchange(ExternalRequest request, Duration timeout) throws BackendFault {
        AtomicBoolean timedOut = new AtomicBoolean();
        // Killing a process whose answer is late ends the blocked read.
        ScheduledFuture<?> watchdog = Watchdog.after(timeout, () -> {
            timedOut.set(true);
            kill();
        });
        String response = null;
        boolean tooLong = false;
        try {
            stdin.write(request.json());
            stdin.write('\n');
            stdin.flush();
            response = stdout.readLine(limit.maxBytes());
        } catch (BoundedLineReader.LineTooLongException e) {
            tooLong = true;
        } catch (IOException e) {
            // The process is gone: described below.
        } finally {
            watchdog.cancel(false);
        }
        if (timedOut.get()) {
            throw new BackendFault("timeout after " + seconds(timeout) + " s");
        }
        if (tooLong) {
            throw new BackendFault(limit.exceededBy(request));
        }
        if (response == null) {
            throw new BackendFault("backend process " + exitDescription());
        }
        return response;
    }

    /** Closes stdin so a well-behaved program ends; kills it (and its children) if it has not within the grace. */
    void stop(Duration grace) {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already gone: nothing to close.
        }
        try {
            process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    void kill() {
        ChildProcessReaper.kill(process);
    }

    /** {@code exited with code 3}, once the exit and the last stderr lines have been seen (briefly waited for). */
    private String exitDescription() {
        try {
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                stderrDrain.join(500);
                return "exited with code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its stdout without answering";
    }

    /** The last lines this process wrote to stderr. */
    StderrTail stderr() {
        return ownStderr;
    }

    private static void drain(Process process, StderrTail shared, StderrTail own) {
        try (InputStream stream = process.getErrorStream()) {
            BoundedLineReader reader = new BoundedLineReader(stream);
            String line;
            while ((line = reader.readLineCut(STDERR_LINE_BYTES)) != null) {
                shared.add(line);
                own.add(line);
            }
        } catch (IOException e) {
            // The process is gone; its stderr ends here.
        }
    }

    /** {@code 2} for 2 s, {@code 1.5} for 1.5 s. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000)
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
