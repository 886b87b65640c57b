package org.newsbench.evaluation.external;

/**
 * The most bytes one response may have ({@code external.<id>.max-response-bytes}). Reading stops there, so that a
 * backend writing an endless or gigantic answer fails that document instead of filling the memory.
 *
 * @param key the configuration key, named in the message of a response that passes the bound
 */
record ResponseLimit(int maxBytes, String key) {

    static ResponseLimit of(ExternalProviderDeclaration declaration) {
        return new ResponseLimit(declaration.maxResponseBytes(), declaration.key("max-response-bytes"));
    }

    /** {@code the response to document d1 is longer than 1024 bytes (external.x.max-response-bytes); ...} */
    String exceededBy(ExternalRequest request) {
        return "the response to " + request.subject() + " is longer than " + maxBytes + " bytes (" + key
                + "); the rest was not read";
    }
}
