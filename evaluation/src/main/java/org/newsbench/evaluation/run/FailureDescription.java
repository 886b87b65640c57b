package org.newsbench.evaluation.run;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.spi.ProviderException;

/** Turns a backend's exception into the one-line reason a report shows for a failed document or provider. */
public final class FailureDescription {

    private FailureDescription() {
    }

    /** The exception's message, and its type where the message alone is not enough; a differing cause appended. */
    public static String of(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        String described = (message == null || message.isBlank()) ? type
                : e instanceof AnnotationException || e instanceof ProviderException ? message
                : type + ": " + message;
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !described.contains(cause.getMessage())) {
            described += " (caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return described;
    }
}
