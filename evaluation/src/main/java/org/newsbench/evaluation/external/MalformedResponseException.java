package org.newsbench.evaluation.external;

/** A backend wrote something that is not the JSON response to the request it was sent. */
final class MalformedResponseException extends Exception {

    MalformedResponseException(String message) {
        super(message);
    }
}
