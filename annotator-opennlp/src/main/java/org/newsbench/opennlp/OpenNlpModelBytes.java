package org.newsbench.opennlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import opennlp.tools.util.model.BaseModel;

/** A fitted OpenNLP model in OpenNLP's own format, for the serialised forms of the trainable annotators. */
final class OpenNlpModelBytes {

    private OpenNlpModelBytes() {
    }

    /** The model's bytes as {@link BaseModel#serialize} writes them; the model's constructor from a stream reads them. */
    static byte[] of(BaseModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            model.serialize(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("serialising the OpenNLP model " + model.getClass().getSimpleName()
                    + " failed", e);
        }
        return bytes.toByteArray();
    }
}
