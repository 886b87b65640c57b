package org.newsbench.opennlp;

import java.io.IOException;
import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Provider {@value #ID}: OpenNLP's document categorizer trained on the stance gold of each training fold
 * ({@link OpenNlpDoccatStanceAnnotator}). Configuration keys: {@code iterations}, {@code cutoff}
 * ({@link MaxentTrainingSettings}).
 */
public final class OpenNlpDoccatProvider implements AnnotatorProvider {

    public static final String ID = "opennlp-doccat";

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Apache OpenNLP DocumentCategorizerME (maxent; bag of words, bigrams, target features) trained on the"
                        + " gold stance of the training sentences",
                OpenNlpLibrary.NAME, OpenNlpLibrary.VERSION, Set.of(Task.STANCE), true);
    }

    @Override
    public Availability availability() {
        return OpenNlpModelResources.availability();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(ID,
                Set.of(MaxentTrainingSettings.ITERATIONS_KEY, MaxentTrainingSettings.CUTOFF_KEY), Set.of());
        MaxentTrainingSettings settings = MaxentTrainingSettings.from(configuration);
        try {
            return new OpenNlpDoccatStanceAnnotator(OpenNlpTextSegmenter.fromClasspathModels(), settings);
        } catch (IOException e) {
            throw new ProviderException(ID + ": " + e.getMessage(), e);
        }
    }
}
