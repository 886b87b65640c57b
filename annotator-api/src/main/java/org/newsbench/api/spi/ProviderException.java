package org.newsbench.api.spi;

/** A provider could not build its annotator: bad configuration, or models that would not load. */
public class ProviderException extends Exception {

    public ProviderException(String message) {
        super(message);
    }

    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
