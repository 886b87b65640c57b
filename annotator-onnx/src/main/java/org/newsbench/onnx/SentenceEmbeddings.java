package org.newsbench.onnx;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * Sentence embeddings from one {@link MiniLmEncoder}, computed once per distinct sentence text and kept for the life of
 * the annotator: the three targets of a sentence and every cross-validation fold share them. Thread-safe.
 */
public final class SentenceEmbeddings {

    private final MiniLmEncoder encoder;
    private final EmbeddingModel model;
    private final ConcurrentMap<String, float[]> cache = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    private SentenceEmbeddings(MiniLmEncoder encoder, EmbeddingModel model) {
        this.encoder = encoder;
        this.model = model;
    }

    /**
     * Places the native libraries ({@link NativeLibraryCache}) and loads the encoder.
     *
     * @throws IOException when the native libraries cannot be placed in the cache folder
     */
    public static SentenceEmbeddings load(MiniLmEncoder encoder) throws IOException {
        NativeLibraryCache.prepare();
        return new SentenceEmbeddings(encoder, encoder.load());
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
}
