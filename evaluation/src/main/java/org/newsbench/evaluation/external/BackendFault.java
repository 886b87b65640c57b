package org.newsbench.evaluation.external;

/** A backend process timed out, exited or wrote something other than the response: it must be restarted. */
final class BackendFault extends Exception {

    BackendFault(String message) {
        super(message);
    }
}
