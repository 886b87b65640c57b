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
 */
public final class OpenNlpModelResources {

    /** The UD English EWT sentence detector model in {@code opennlp-models-sentdetect-en-1.3.0.jar}. */
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** The UD English EWT tokenizer model in {@code opennlp-models-tokenizer-en-1.3.0.jar}. */
    public static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private OpenNlpModelResources() {
    }

    /** Loads the sentence detector model. */
    public static SentenceModel sentenceModel() throws IOException {
        try (InputStream in = open(SENTENCE_MODEL)) {
            return new SentenceModel(in);
        }
    }

    /** Loads the tokenizer model. */
    public static TokenizerModel tokenizerModel() throws IOException {
        try (InputStream in = open(TOKENIZER_MODEL)) {
            return new TokenizerModel(in);
        }
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
