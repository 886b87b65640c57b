package org.newsbench.opennlp;

/** The library behind this backend, as its providers report it. */
public final class OpenNlpLibrary {

    /** The library's name. */
    public static final String NAME = "Apache OpenNLP";

    /** The opennlp-tools version this backend is built and tested against. */
    public static final String VERSION = "2.5.6";

    private OpenNlpLibrary() {
    }
}
