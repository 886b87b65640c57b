package org.newsbench.api;

/** An annotator could not annotate or fit; the message says which document or input and why. */
public class AnnotationException extends Exception {

    public AnnotationException(String message) {
        super(message);
    }

    public AnnotationException(String message, Throwable cause) {
        super(message, cause);
    }
}
