package org.newsbench.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.util.TrainingParameters;

import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * How {@code opennlp-trained} fits its name finder, with the knobs OpenNLP's own {@code TokenNameFinderTrainer} has:
 * the algorithm ({@code MAXENT} = GIS, or {@code PERCEPTRON}), iterations, cutoff, and a feature-generator
 * descriptor (OpenNLP's XML). Training always runs on one thread, so the same training set gives the same model.
 *
 * @param algorithm         {@code MAXENT} or {@code PERCEPTRON}
 * @param iterations        training iterations
 * @param cutoff            minimum number of times a feature must occur to be kept
 * @param features          {@value #PROJECT_FEATURES}, {@value #OPENNLP_FEATURES} or the path of a descriptor file
 * @param featureDescriptor the descriptor's bytes; empty for OpenNLP's built-in default generators
 */
public record NameFinderTrainingSettings(String algorithm, int iterations, int cutoff, String features,
                                         Optional<byte[]> featureDescriptor) {

    public static final String ALGORITHM_KEY = "algorithm";
    public static final String ITERATIONS_KEY = "iterations";
    public static final String CUTOFF_KEY = "cutoff";
    public static final String FEATURES_KEY = "features";
    public static final Set<String> KEYS = Set.of(ALGORITHM_KEY, ITERATIONS_KEY, CUTOFF_KEY, FEATURES_KEY);

    public static final Set<String> ALGORITHMS = Set.of("MAXENT", "PERCEPTRON");
    /** The bundled descriptor {@code name-finder-features.xml}: OpenNLP's default set plus 4-character affixes. */
    public static final String PROJECT_FEATURES = "project";
    /** OpenNLP's built-in default feature generators (no descriptor). */
    public static final String OPENNLP_FEATURES = "opennlp";
    /** The bundled descriptor, a resource next to this class. */
    public static final String FEATURES_RESOURCE = "name-finder-features.xml";

    public static final String DEFAULT_ALGORITHM = "MAXENT";
    public static final int DEFAULT_ITERATIONS = 100;
    public static final int DEFAULT_CUTOFF = 1;
    public static final String DEFAULT_FEATURES = PROJECT_FEATURES;

    public NameFinderTrainingSettings {
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException(ALGORITHM_KEY + " must be one of " + ALGORITHMS + ", got " + algorithm);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException(ITERATIONS_KEY + " must be >= 1, got " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException(CUTOFF_KEY + " must be >= 0, got " + cutoff);
        }
    }

    /** The defaults (see the module README for why they are these). */
    public static NameFinderTrainingSettings defaults() {
        try {
            return of(DEFAULT_ALGORITHM, DEFAULT_ITERATIONS, DEFAULT_CUTOFF, DEFAULT_FEATURES);
        } catch (ProviderException e) {
            throw new IllegalStateException("the bundled feature descriptor cannot be read", e);
        }
    }

    /** Settings with the descriptor named by {@code features} read now, so that a bad file fails at creation. */
    public static NameFinderTrainingSettings of(String algorithm, int iterations, int cutoff, String features)
            throws ProviderException {
        try {
            return new NameFinderTrainingSettings(algorithm, iterations, cutoff, features, descriptor(features));
        } catch (IllegalArgumentException e) {
            throw new ProviderException(e.getMessage(), e);
        }
    }

    /** Reads the keys from a provider's configuration, each falling back to its default. */
    public static NameFinderTrainingSettings from(ProviderConfiguration configuration) throws ProviderException {
        return of(configuration.get(ALGORITHM_KEY, DEFAULT_ALGORITHM).trim().toUpperCase(Locale.ROOT),
                configuration.getInt(ITERATIONS_KEY, DEFAULT_ITERATIONS),
                configuration.getInt(CUTOFF_KEY, DEFAULT_CUTOFF),
                configuration.get(FEATURES_KEY, DEFAULT_FEATURES).trim());
    }

    private static Optional<byte[]> descriptor(String features) throws ProviderException {
        if (features.equals(OPENNLP_FEATURES)) {
            return Optional.empty();
        }
        if (features.equals(PROJECT_FEATURES)) {
            try (InputStream in = NameFinderTrainingSettings.class.getResourceAsStream(FEATURES_RESOURCE)) {
                if (in == null) {
                    throw new ProviderException("feature generator resource " + FEATURES_RESOURCE + " is missing");
                }
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new ProviderException("cannot read the feature generator resource " + FEATURES_RESOURCE, e);
            }
        }
        try {
            return Optional.of(Files.readAllBytes(Path.of(features)));
        } catch (IOException | InvalidPathException e) {
            throw new ProviderException("cannot read the feature generator descriptor '" + features + "' (key "
                    + FEATURES_KEY + "; or use " + PROJECT_FEATURES + " or " + OPENNLP_FEATURES + "): " + e, e);
        }
    }

    /** OpenNLP's parameters: this algorithm, iterations and cutoff, one thread. */
    public TrainingParameters toTrainingParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    @Override
    public String toString() {
        return ALGORITHM_KEY + "=" + algorithm + ", " + ITERATIONS_KEY + "=" + iterations + ", " + CUTOFF_KEY + "="
                + cutoff + ", " + FEATURES_KEY + "=" + features;
    }
}
