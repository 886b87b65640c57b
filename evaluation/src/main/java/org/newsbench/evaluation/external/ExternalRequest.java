package org.newsbench.evaluation.external;

/**
 * One message to an external backend: a document request (answered with the same {@code id}) or a fit message
 * ({@code documentId} null, answered with {@code "op": "fit"}).
 *
 * @param json the message, one line of JSON
 */
record ExternalRequest(String documentId, String json) {

    boolean isFit() {
        return documentId == null;
    }

    /** What the request is about, for messages: {@code document d1} or {@code the fit message}. */
    String subject() {
        return isFit() ? "the fit message" : "document " + documentId;
    }
}
