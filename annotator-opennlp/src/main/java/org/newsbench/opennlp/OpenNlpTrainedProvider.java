package org.newsbench.opennlp;

import java.io.IOException;
import java.util.HashSet;
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
 * ({@link OpenNlpTrainedEntityAnnotator}). Configuration keys: {@code algorithm}, {@code iterations},
 * {@code cutoff}, {@code features} ({@link NameFinderTrainingSettings}) and {@code refine.boundaries}
 * ({@link OpenNlpTextSegmenter}).
 */
public final class OpenNlpTrainedProvider implements AnnotatorProvider {

    public static final String ID = "opennlp-trained";

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Apache OpenNLP NameFinderME (BIO; maxent by default) trained on the gold entities of the training documents,"
                        + " over the UD English sentence detector and tokenizer",
                OpenNlpLibrary.NAME, OpenNlpLibrary.VERSION, Set.of(Task.ENTITIES), true);
    }

    @Override
    public Availability availability() {
        return OpenNlpModelResources.availability();
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        Set<String> keys = new HashSet<>(NameFinderTrainingSettings.KEYS);
        keys.add(OpenNlpTextSegmenter.REFINE_BOUNDARIES_KEY);
        configuration.requireOnlyKnownKeys(ID, keys, Set.of());
        NameFinderTrainingSettings settings = NameFinderTrainingSettings.from(configuration);
        boolean refineBoundaries = configuration.getBoolean(OpenNlpTextSegmenter.REFINE_BOUNDARIES_KEY, true);
        try {
            return new OpenNlpTrainedEntityAnnotator(OpenNlpTextSegmenter.fromClasspathModels(refineBoundaries),
                    new OpenNlpNameFinderTrainer(settings));
        } catch (IOException e) {
            throw new ProviderException(ID + ": " + e.getMessage(), e);
        }
    }
}
