package org.newsbench.onnx;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import ai.onnxruntime.OrtException;

/**
 * Sentence embeddings from one {@link MiniLmEncoder}, computed once per distinct sentence text and kept for the life of
 * the annotator: the three targets of a sentence and every cross-validation fold share them. Thread-safe; close
 * releases the ONNX Runtime session.
 */
public final class SentenceEmbeddings implements AutoCloseable {

    /** ONNX Runtime threads inside one embedding call, unless configured. */
    public static final int DEFAULT_INTRA_OP_THREADS = 1;

    private final MiniLmEncoder encoder;
    private final MiniLmOnnxModel model;
    private final ConcurrentMap<String, float[]> cache = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    private SentenceEmbeddings(MiniLmEncoder encoder, MiniLmOnnxModel model) {
        this.encoder = encoder;
        this.model = model;
    }

    /** {@link #load(MiniLmEncoder, int)} with {@value #DEFAULT_INTRA_OP_THREADS} ONNX Runtime thread(s) per call. */
    public static SentenceEmbeddings load(MiniLmEncoder encoder) throws IOException, OrtException {
        return load(encoder, DEFAULT_INTRA_OP_THREADS);
    }

    /**
     * Places the native libraries ({@link NativeLibraryCache}) and loads the encoder in a session of its own.
     *
     * @param intraOpThreads ONNX Runtime threads inside one embedding call
     * @throws IOException  when the native libraries cannot be placed in the cache folder or the model is missing
     * @throws OrtException when ONNX Runtime cannot create the session
     */
    public static SentenceEmbeddings load(MiniLmEncoder encoder, int intraOpThreads) throws IOException, OrtException {
        NativeLibraryCache.prepare();
        return new SentenceEmbeddings(encoder, MiniLmOnnxModel.load(encoder, intraOpThreads));
    }

    /** Which build embeds. */
    public MiniLmEncoder encoder() {
        return encoder;
    }

    /**
     * The unit-length embedding of {@code sentence} (384 values; the caller must not modify it). Text longer than the
     * encoder's 510 word pieces is embedded in pieces whose embeddings are averaged (LangChain4j's rule).
     *
     * @throws IllegalArgumentException for an empty or blank sentence, which has no embedding
     */
    public float[] embed(String sentence) {
        if (sentence.isBlank()) {
            throw new IllegalArgumentException("an empty or blank sentence has no embedding");
        }
        float[] cached = cache.get(sentence);
        if (cached != null) {
            return cached;
        }
        // Computed outside the map's lock: an embedding takes milliseconds. Two threads asking for the same new
        // sentence at once may both compute it; the embeddings are identical and the first one stored is kept.
        float[] embedding = model.embed(sentence).content().vector();
        computed.incrementAndGet();
        float[] previous = cache.putIfAbsent(sentence, embedding);
        return previous != null ? previous : embedding;
    }

    /** How many embeddings were computed (not answered from the cache). */
    public long computedCount() {
        return computed.get();
    }

    /** How many distinct sentences are held. */
    public int size() {
        return cache.size();
    }

    /** Releases the ONNX Runtime session; embeddings already computed stay readable. */
    @Override
    public void close() throws OrtException {
        model.close();
    }
}
