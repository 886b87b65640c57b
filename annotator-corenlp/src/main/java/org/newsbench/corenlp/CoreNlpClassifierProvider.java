package org.newsbench.corenlp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Provider {@code corenlp-classifier}: stance from CoreNLP's ColumnDataClassifier trained on the gold stance rows,
 * with word, n-gram, target, target-mentioned and sentence-sentiment features. Configuration keys are documented in
 * the module README.
 */
public final class CoreNlpClassifierProvider implements AnnotatorProvider {

    public static final String ID = "corenlp-classifier";
    /** Whether to parse sentences for the sentiment feature (true) or use words and mentions only (false). */
    public static final String SENTIMENT_FEATURE_KEY = "features.sentiment";
    /** Keys with this prefix are ColumnDataClassifier flags, such as {@code classifier.sigma}. */
    public static final String CLASSIFIER_PREFIX = "classifier.";
    /** Threads that analyse (parse) the training sentences in {@code fit}; default: the machine's processors. */
    public static final String FIT_THREADS_KEY = "fit.threads";

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Stance from CoreNLP's ColumnDataClassifier fitted on gold stance rows (words, bigrams, target,"
                        + " target mentioned, sentence sentiment)",
                "Stanford CoreNLP", "4.5.10", Set.of(Task.STANCE), true);
    }

    @Override
    public Availability availability() {
        return ModelResources.availability(List.of(ModelResources.PCFG_PARSER_MODEL, ModelResources.SENTIMENT_MODEL));
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(ID, Set.of(SENTIMENT_FEATURE_KEY, FIT_THREADS_KEY),
                Set.of(PipelineProperties.CONFIGURATION_PREFIX, CLASSIFIER_PREFIX));
        PipelineProperties properties = CoreNlpSentenceAnalyzer.pipelineProperties(ID, configuration);
        String sentiment = configuration.get(SENTIMENT_FEATURE_KEY, "true").trim();
        if (!sentiment.equals("true") && !sentiment.equals("false")) {
            throw new ProviderException("configuration key '" + SENTIMENT_FEATURE_KEY + "' must be true or false, got '"
                    + sentiment + "'");
        }
        int fitThreads = fitThreads(configuration);
        Map<String, String> flags = new TreeMap<>(FittedStanceClassifier.DEFAULT_FLAGS);
        flags.putAll(configuration.withPrefix(CLASSIFIER_PREFIX));
        try {
            return new CoreNlpClassifierStanceAnnotator(
                    CoreNlpSentenceAnalyzer.shared(properties, Boolean.parseBoolean(sentiment)), flags, fitThreads);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ProviderException("could not load the CoreNLP pipeline " + properties.values() + ": " + e, e);
        }
    }

    private static int fitThreads(ProviderConfiguration configuration) throws ProviderException {
        String value = configuration.get(FIT_THREADS_KEY, String.valueOf(Runtime.getRuntime().availableProcessors()))
                .trim();
        try {
            int threads = Integer.parseInt(value);
            if (threads > 0) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProviderException("configuration key '" + FIT_THREADS_KEY + "' must be a positive integer, got '"
                + value + "'");
    }
}
