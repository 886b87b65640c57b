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
 * Provider {@value #ID}: an OpenNLP name finder trained on the gold of each training fold
 * ({@link OpenNlpTrainedEntityAnnotator}). Configuration keys: {@code iterations}, {@code cutoff}
 * ({@link MaxentTrainingSettings}).
 */
public final class OpenNlpTrainedProvider implements AnnotatorProvider {

    public static final String ID = "opennlp-trained";

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Apache OpenNLP NameFinderME (maxent, BIO) trained on the gold entities of the training documents,"
                        + " over the UD English sentence detector and tokenizer",
                OpenNlpLibrary.NAME, OpenNlpLibrary.VERSION, Set.of(Task.ENTITIES), true);
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
            return new OpenNlpTrainedEntityAnnotator(OpenNlpTextSegmenter.fromClasspathModels(),
                    new OpenNlpNameFinderTrainer(settings));
        } catch (IOException e) {
            throw new ProviderException(ID + ": " + e.getMessage(), e);
        }
    }
}
