package org.newsbench.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Fits an OpenNLP {@link NameFinderME} model on name samples: BIO outcomes ({@link BioCodec}), the feature
 * generators of the resource {@code name-finder-features.xml} next to this class, and {@link MaxentTrainingSettings}
 * (GIS, one thread: deterministic). The model keeps the samples' types, so its spans carry the gold types.
 */
public final class OpenNlpNameFinderTrainer {

    /** Feature generator descriptor, a resource next to this class. */
    public static final String FEATURES_RESOURCE = "name-finder-features.xml";

    private final MaxentTrainingSettings settings;
    private final byte[] featureDescriptor;

    public OpenNlpNameFinderTrainer(MaxentTrainingSettings settings) throws IOException {
        this.settings = settings;
        try (InputStream in = OpenNlpNameFinderTrainer.class.getResourceAsStream(FEATURES_RESOURCE)) {
            if (in == null) {
                throw new IOException("feature generator resource " + FEATURES_RESOURCE + " is missing");
            }
            this.featureDescriptor = in.readAllBytes();
        }
    }

    /**
     * Trains on {@code samples}, which must hold at least one name (a name finder with no name outcome cannot be
     * trained meaningfully; callers reject such a set first).
     */
    public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        TokenNameFinderFactory factory = new TokenNameFinderFactory(featureDescriptor, Map.of(), new BioCodec());
        // A null type keeps each sample's own types (PERSON, LOCATION, ...) instead of overriding them with one.
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                settings.toTrainingParameters(), factory);
    }

    public MaxentTrainingSettings settings() {
        return settings;
    }
}
