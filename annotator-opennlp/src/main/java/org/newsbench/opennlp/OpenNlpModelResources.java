package org.newsbench.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.newsbench.api.spi.Availability;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English UD (EWT) sentence and tokenizer models that Apache publishes on Maven Central
 * ({@code opennlp-models-sentdetect-en} and {@code opennlp-models-tokenizer-en} 1.3.0), loaded from the classpath.
 *
 * <p>Each model jar also puts a {@code model.properties} at its root, and those collide on the classpath, so every
 * model is loaded by its exact {@code .bin} resource name. Nothing here downloads anything: OpenNLP's constructors
 * that take a language code fetch models at run time and are never used.
 *
 * <p>Each model is read once per JVM and shared: a loaded model is immutable (the {@code ThreadSafe*ME} wrappers keep
 * their per-thread state outside it), so every segmenter, provider, fold and test class can use the same instance.
 */
public final class OpenNlpModelResources {

    /** The UD English EWT sentence detector model in {@code opennlp-models-sentdetect-en-1.3.0.jar}. */
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** The UD English EWT tokenizer model in {@code opennlp-models-tokenizer-en-1.3.0.jar}. */
    public static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private static SentenceModel sentenceModel;
    private static TokenizerModel tokenizerModel;

    private OpenNlpModelResources() {
    }

    /** The sentence detector model, read on first use. */
    public static synchronized SentenceModel sentenceModel() throws IOException {
        if (sentenceModel == null) {
            try (InputStream in = open(SENTENCE_MODEL)) {
                sentenceModel = new SentenceModel(in);
            }
        }
        return sentenceModel;
    }

    /** The tokenizer model, read on first use. */
    public static synchronized TokenizerModel tokenizerModel() throws IOException {
        if (tokenizerModel == null) {
            try (InputStream in = open(TOKENIZER_MODEL)) {
                tokenizerModel = new TokenizerModel(in);
            }
        }
        return tokenizerModel;
    }

    /** The first model resource missing from the classpath, for an availability check that loads nothing. */
    public static Optional<String> missingResource() {
        for (String name : new String[] {SENTENCE_MODEL, TOKENIZER_MODEL}) {
            if (OpenNlpModelResources.class.getResource(name) == null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Available when the sentence and tokenizer models are on the classpath; never throws. */
    public static Availability availability() {
        try {
            return missingResource().map(name -> Availability.unavailable("OpenNLP model resource " + name
                    + " is not on the classpath")).orElseGet(Availability::available);
        } catch (RuntimeException e) {
            return Availability.unavailable("OpenNLP model resources cannot be checked: " + e);
        }
    }

    private static InputStream open(String resourceName) throws IOException {
        InputStream in = OpenNlpModelResources.class.getResourceAsStream(resourceName);
        if (in == null) {
            throw new IOException("OpenNLP model resource " + resourceName + " is not on the classpath; add the"
                    + " org.apache.opennlp:opennlp-models-*-en:1.3.0 jar that holds it");
        }
        return in;
    }
}
