package org.newsbench.evaluation.external;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.newsbench.api.AnnotationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Talks to a backend program over JSON lines on its stdin and stdout, with {@code workers} copies of it answering at
 * once. A copy that passes the timeout, exits or writes something that is not the response fails the request it was
 * on and is replaced; a restarted copy of a trainable backend is sent the last fit message again.
 */
final class ProcessBackendClient implements BackendClient {

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    private final ExternalProtocolCodec codec;
    private final Duration timeout;
    private final ProcessBuilder builder;
    private final StderrTail stderr = new StderrTail();
    private final ProcessPool pool;
    private final ResponseLimit limit;
    private volatile ExternalRequest lastFit;

    private ProcessBackendClient(ExternalProviderDeclaration declaration, ExternalProtocolCodec codec) {
        this.codec = codec;
        this.timeout = declaration.timeout();
        this.builder = new ProcessBuilder(declaration.command());
        declaration.workingDirectory().ifPresent(directory -> builder.directory(directory.toFile()));
        builder.environment().putAll(declaration.environment());
        this.limit = ResponseLimit.of(declaration);
        this.pool = new ProcessPool(this::startProcess, declaration.workers(), declaration.maxRestarts());
    }

    /**
     * Starts the declared number of processes.
     *
     * @throws IOException when the command cannot be started, with the operating system's reason
     */
    static ProcessBackendClient start(ExternalProviderDeclaration declaration, ExternalProtocolCodec codec)
            throws IOException {
        ProcessBackendClient client = new ProcessBackendClient(declaration, codec);
        try {
            client.pool.fill();
        } catch (BackendFault e) {
            throw new IOException(e.getMessage(), e);
        }
        return client;
    }

    @Override
    public JsonNode send(ExternalRequest request) throws AnnotationException {
        BackendProcess process = pool.borrow();
        JsonNode response = exchange(process, request);
        pool.giveBack(process);
        return response;
    }

    @Override
    public void fit(ExternalRequest request) throws AnnotationException {
        lastFit = request;
        List<BackendProcess> workers = new ArrayList<>();
        try {
            for (int i = 0; i < pool.size(); i++) {
                workers.add(pool.borrow());
            }
            while (!workers.isEmpty()) {
                BackendProcess process = workers.remove(workers.size() - 1);
                JsonNode response = exchange(process, request);
                pool.giveBack(process);
                ExternalProtocolCodec.requireFitted(request, response);
            }
        } catch (AnnotationException e) {
            lastFit = null;
            throw e;
        } finally {
            workers.forEach(pool::giveBack);
        }
    }

    /** One request on one process; a faulty process is replaced before the request fails. */
    private JsonNode exchange(BackendProcess process, ExternalRequest request) throws AnnotationException {
        try {
            return codec.parseResponse(request, process.exchange(request, timeout));
        } catch (BackendFault | MalformedResponseException fault) {
            pool.replace(process, fault.getMessage(), stderr);
            throw new AnnotationException(withGiveUp(fault.getMessage() + "; " + process.stderr().describe(3)));
        }
    }

    private String withGiveUp(String message) {
        String givenUp = pool.givenUpReason();
        return givenUp == null ? message : message + " (" + givenUp + ")";
    }

    private BackendProcess startProcess() throws IOException, BackendFault {
        BackendProcess process = BackendProcess.start(builder, stderr, limit);
        ExternalRequest fit = lastFit;
        if (fit != null) {
            try {
                ExternalProtocolCodec.requireFitted(fit, codec.parseResponse(fit, process.exchange(fit, timeout)));
            } catch (BackendFault | MalformedResponseException | AnnotationException e) {
                process.kill();
                throw new BackendFault("the restarted process could not be fitted again: " + e.getMessage());
            }
        }
        return process;
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        int restarts = pool.restarts();
        if (restarts > 0) {
            notes.add("backend process restarted " + restarts + " time" + (restarts == 1 ? "" : "s"));
        }
        String givenUp = pool.givenUpReason();
        if (givenUp != null && !givenUp.equals("backend closed")) {
            notes.add(givenUp);
        }
        long lines = stderr.lineCount();
        if (lines > 0) {
            notes.add("stderr (last " + Math.min(lines, StderrTail.MAX_LINES) + " of " + lines + " lines): "
                    + String.join(" | ", stderr.last(StderrTail.MAX_LINES)));
        }
        return notes;
    }

    @Override
    public void close() {
        pool.close(CLOSE_GRACE);
    }
}
