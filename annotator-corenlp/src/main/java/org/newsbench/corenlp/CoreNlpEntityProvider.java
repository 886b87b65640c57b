package org.newsbench.corenlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.LabelMapping;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Provider {@code corenlp}: named entities from Stanford CoreNLP's NER pipeline. Configuration keys are documented
 * in the module README.
 */
public final class CoreNlpEntityProvider implements AnnotatorProvider {

    public static final String ID = "corenlp";
    /** Shorthand for {@code pipeline.ner.applyFineGrained}: the coarse/fine-grained switch. */
    public static final String FINE_GRAINED_KEY = "ner.applyFineGrained";
    /** Path of a user's label mapping file, replacing the bundled one. */
    public static final String MAPPING_FILE_KEY = "mapping.file";
    static final String DEFAULT_MAPPING_RESOURCE = "/org/newsbench/corenlp/corenlp-entity-types.properties";

    /**
     * Defaults. Coarse NER: against the gold it scores as fine-grained NER does (strict micro-F1 0.840 vs 0.844,
     * intervals overlapping almost entirely) at a third of the time and half the heap (see README). A line break
     * always ends a sentence: the corpus has one paragraph or boilerplate item a line.
     */
    static final Map<String, String> DEFAULT_PIPELINE = Map.of(
            "annotators", "tokenize,ssplit,pos,lemma,ner",
            "ner.applyFineGrained", "false",
            "ssplit.newlineIsSentenceBreak", "always");

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Named entities from Stanford CoreNLP's CRF NER (tokenize, ssplit, pos, lemma, ner) and its entity"
                        + " mentions, labels mapped to PERSON/ORGANIZATION/LOCATION/MISC",
                "Stanford CoreNLP", "4.5.10", Set.of(Task.ENTITIES), false);
    }

    @Override
    public Availability availability() {
        return ModelResources.availability(List.of(ModelResources.COARSE_NER_MODEL));
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(ID, Set.of(FINE_GRAINED_KEY, MAPPING_FILE_KEY),
                Set.of(PipelineProperties.CONFIGURATION_PREFIX));
        PipelineProperties properties = pipelineProperties(configuration);
        LabelMapping mapping = mapping(configuration);
        try {
            return new CoreNlpEntityAnnotator(properties, mapping);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ProviderException("could not load the CoreNLP pipeline " + properties.values() + ": " + e, e);
        }
    }

    static PipelineProperties pipelineProperties(ProviderConfiguration configuration) throws ProviderException {
        PipelineProperties properties = PipelineProperties.of(DEFAULT_PIPELINE, configuration);
        var shorthand = configuration.get(FINE_GRAINED_KEY);
        var explicit = configuration.get(PipelineProperties.CONFIGURATION_PREFIX + FINE_GRAINED_KEY);
        if (shorthand.isPresent() && explicit.isPresent() && !shorthand.get().equals(explicit.get())) {
            throw new ProviderException("configuration keys '" + FINE_GRAINED_KEY + "' and 'pipeline."
                    + FINE_GRAINED_KEY + "' disagree");
        }
        if (shorthand.isPresent()) {
            String value = shorthand.get().trim();
            if (!value.equals("true") && !value.equals("false")) {
                throw new ProviderException("configuration key '" + FINE_GRAINED_KEY + "' must be true or false, got '"
                        + value + "'");
            }
            properties = properties.with(FINE_GRAINED_KEY, value);
        }
        List<String> annotators = Arrays.stream(properties.get("annotators").orElse("").split(","))
                .map(String::trim).toList();
        if (!annotators.contains("ner")) {
            throw new ProviderException("provider '" + ID + "' needs the ner annotator, but pipeline.annotators is '"
                    + properties.get("annotators").orElse("") + "'");
        }
        return properties;
    }

    private static LabelMapping mapping(ProviderConfiguration configuration) throws ProviderException {
        var file = configuration.get(MAPPING_FILE_KEY);
        try {
            return file.isPresent()
                    ? LabelMapping.fromFile(Path.of(file.get()))
                    : LabelMapping.fromResource(CoreNlpEntityProvider.class, DEFAULT_MAPPING_RESOURCE);
        } catch (IOException | RuntimeException e) {
            throw new ProviderException("could not read the CoreNLP label mapping "
                    + file.orElse(DEFAULT_MAPPING_RESOURCE) + ": " + e, e);
        }
    }
}
