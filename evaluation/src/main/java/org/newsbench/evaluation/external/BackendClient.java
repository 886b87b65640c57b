package org.newsbench.evaluation.external;

import java.util.List;

import org.newsbench.api.AnnotationException;

import com.fasterxml.jackson.databind.JsonNode;

/** Carries protocol messages to an external backend and brings back its responses: over a process's stdio or HTTP. */
interface BackendClient extends AutoCloseable {

    /**
     * Sends one document request; may be called from several threads at once.
     *
     * @return the response, checked to answer the request (it may still carry an {@code "error"})
     * @throws AnnotationException when the backend timed out, died, wrote something else or could not be reached
     */
    JsonNode send(ExternalRequest request) throws AnnotationException;

    /**
     * Sends a fit message to the backend, reaching every worker process; never called while documents are sent.
     *
     * @throws AnnotationException unless every worker answered {@code "ok": true}
     */
    void fit(ExternalRequest request) throws AnnotationException;

    /** What happened along the way, for the report's diagnostics: restarts, retries, the tail of stderr. */
    List<String> notes();

    /** Stops the backend's processes (if any); never throws. */
    @Override
    void close();
}
