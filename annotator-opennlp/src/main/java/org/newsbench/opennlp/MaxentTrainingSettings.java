package org.newsbench.opennlp;

import opennlp.tools.util.TrainingParameters;

import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Training parameters of the document categorizer ({@code opennlp-doccat}) for OpenNLP's maximum-entropy (GIS)
 * trainer (the name finder has {@link NameFinderTrainingSettings}): a single training thread, so that the same training set always gives the same model.
 *
 * @param iterations GIS iterations
 * @param cutoff     minimum number of times a feature must occur to be kept; OpenNLP's default of 5 drops nearly
 *                   every feature of a training set of a few documents, so the default here is 1
 */
public record MaxentTrainingSettings(int iterations, int cutoff) {

    /** Configuration key for {@link #iterations()}. */
    public static final String ITERATIONS_KEY = "iterations";
    /** Configuration key for {@link #cutoff()}. */
    public static final String CUTOFF_KEY = "cutoff";

    public static final int DEFAULT_ITERATIONS = 100;
    public static final int DEFAULT_CUTOFF = 1;

    public MaxentTrainingSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must be >= 0, got " + cutoff);
        }
    }

    /** The defaults: 100 iterations, cutoff 1. */
    public static MaxentTrainingSettings defaults() {
        return new MaxentTrainingSettings(DEFAULT_ITERATIONS, DEFAULT_CUTOFF);
    }

    /** Reads {@code iterations} and {@code cutoff} from a provider's configuration, falling back to the defaults. */
    public static MaxentTrainingSettings from(ProviderConfiguration configuration) throws ProviderException {
        int iterations = configuration.getInt(ITERATIONS_KEY, DEFAULT_ITERATIONS);
        int cutoff = configuration.getInt(CUTOFF_KEY, DEFAULT_CUTOFF);
        try {
            return new MaxentTrainingSettings(iterations, cutoff);
        } catch (IllegalArgumentException e) {
            throw new ProviderException(e.getMessage(), e);
        }
    }

    /** OpenNLP's parameters: algorithm MAXENT, these iterations and cutoff, one thread. */
    public TrainingParameters toTrainingParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }
}
