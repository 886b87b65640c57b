package org.newsbench.opennlp;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Fits an OpenNLP {@link NameFinderME} model on name samples: BIO outcomes ({@link BioCodec}) and the algorithm,
 * iterations, cutoff and feature generators of {@link NameFinderTrainingSettings} (one thread: deterministic). The
 * model keeps the samples' types, so its spans carry the gold types.
 */
public final class OpenNlpNameFinderTrainer {

    private final NameFinderTrainingSettings settings;

    public OpenNlpNameFinderTrainer(NameFinderTrainingSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains on {@code samples}, which must hold at least one name (a name finder with no name outcome cannot be
     * trained meaningfully; callers reject such a set first).
     */
    public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        // No descriptor: OpenNLP's own default generators.
        TokenNameFinderFactory factory = new TokenNameFinderFactory(settings.featureDescriptor().orElse(null),
                Map.of(), new BioCodec());
        // A null type keeps each sample's own types (PERSON, LOCATION, ...) instead of overriding them with one.
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                settings.toTrainingParameters(), factory);
    }

    public NameFinderTrainingSettings settings() {
        return settings;
    }
}
