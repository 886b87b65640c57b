package org.newsbench.onnx;

import java.io.IOException;
import java.io.InputStream;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * An all-MiniLM-L6-v2 build from its Maven Central jar in an ONNX Runtime session of our own, embedded with
 * LangChain4j's BERT encoder (DJL tokenizer, mean pooling, L2 normalisation, long texts in 510-piece parts).
 *
 * <p>Why not LangChain4j's {@code AllMiniLmL6V2EmbeddingModel}: it keeps the session in a static field created with
 * default options, where ONNX Runtime spins one thread per core inside every call; the evaluation already runs
 * documents on parallel threads, so the session's threads are a setting here, and the session is closed with the
 * annotator. Embeddings run in the calling thread.
 */
final class MiniLmOnnxModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;

    private MiniLmOnnxModel(OrtSession session, OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.session = session;
        this.encoder = encoder;
    }

    /**
     * Loads the build's ONNX file and tokenizer from the classpath; the native libraries must have been placed first
     * ({@link NativeLibraryCache#prepare()}).
     *
     * @param intraOpThreads ONNX Runtime threads inside one embedding call
     */
    static MiniLmOnnxModel load(MiniLmEncoder build, int intraOpThreads) throws IOException, OrtException {
        byte[] model = resource(build.modelResource()).readAllBytes();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model, options);
        }
        try (InputStream tokenizer = resource(build.tokenizerResource())) {
            return new MiniLmOnnxModel(session, new OnnxBertBiEncoder(environment, session, tokenizer,
                    PoolingMode.MEAN));
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmOnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLmEncoder.DIMENSIONS;
    }

    /** Releases the session's native memory. */
    @Override
    public void close() throws OrtException {
        session.close();
    }
}
