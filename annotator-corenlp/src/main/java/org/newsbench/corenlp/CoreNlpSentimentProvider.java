package org.newsbench.corenlp;

import java.util.List;
import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Provider {@code corenlp-sentiment}: untrained stance from CoreNLP's sentence sentiment (PCFG parse + sentiment
 * model) for sentences that mention the target. Configuration keys are documented in the module README.
 */
public final class CoreNlpSentimentProvider implements AnnotatorProvider {

    public static final String ID = "corenlp-sentiment";

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Stance from CoreNLP sentence sentiment: NONE unless the sentence names the target, then"
                        + " negative -> AGAINST, positive -> FAVOR, neutral -> NONE",
                "Stanford CoreNLP", "4.5.10", Set.of(Task.STANCE), false);
    }

    @Override
    public Availability availability() {
        return ModelResources.availability(List.of(ModelResources.PCFG_PARSER_MODEL, ModelResources.SENTIMENT_MODEL));
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(ID, Set.of(), Set.of(PipelineProperties.CONFIGURATION_PREFIX));
        PipelineProperties properties = CoreNlpSentenceAnalyzer.pipelineProperties(ID, configuration);
        try {
            return new CoreNlpSentimentStanceAnnotator(CoreNlpSentenceAnalyzer.shared(properties, true));
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ProviderException("could not load the CoreNLP parser and sentiment pipeline "
                    + properties.values() + ": " + e, e);
        }
    }
}
