package org.newsbench.corenlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
 * Provider {@code corenlp}: named entities from Stanford CoreNLP's default NER pipeline. The single-model variants
 * ({@code corenlp-conll4}, {@code corenlp-muc7}, {@code corenlp-3class}) are subclasses that pick another
 * {@link CoreNlpNerVariant}. Configuration keys are documented in the module README.
 */
public class CoreNlpEntityProvider implements AnnotatorProvider {

    public static final String ID = "corenlp";
    /** Shorthand for {@code pipeline.ner.applyFineGrained}: the coarse/fine-grained switch ({@code corenlp} only). */
    public static final String FINE_GRAINED_KEY = "ner.applyFineGrained";
    /** Path of a user's label mapping file, replacing the bundled one. */
    public static final String MAPPING_FILE_KEY = "mapping.file";

    private final CoreNlpNerVariant variant;

    public CoreNlpEntityProvider() {
        this(CoreNlpNerVariant.COMBINED);
    }

    CoreNlpEntityProvider(CoreNlpNerVariant variant) {
        this.variant = variant;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(variant.id(), variant.description(), "Stanford CoreNLP", "4.5.10",
                Set.of(Task.ENTITIES), false);
    }

    @Override
    public Availability availability() {
        return ModelResources.availability(variant.models());
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        Set<String> keys = new HashSet<>(NameMentionFilter.KEYS);
        keys.add(MAPPING_FILE_KEY);
        keys.addAll(variant.extraKeys());
        configuration.requireOnlyKnownKeys(variant.id(), keys, Set.of(PipelineProperties.CONFIGURATION_PREFIX));
        PipelineProperties properties = pipelineProperties(variant, configuration);
        LabelMapping mapping = mapping(configuration);
        NameMentionFilter filter = NameMentionFilter.from(configuration);
        try {
            return new CoreNlpEntityAnnotator(properties, mapping, filter);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ProviderException("could not load the CoreNLP pipeline " + properties.values() + ": " + e, e);
        }
    }

    /** The pipeline properties of {@code corenlp} under {@code configuration}. */
    static PipelineProperties pipelineProperties(ProviderConfiguration configuration) throws ProviderException {
        return pipelineProperties(CoreNlpNerVariant.COMBINED, configuration);
    }

    static PipelineProperties pipelineProperties(CoreNlpNerVariant variant, ProviderConfiguration configuration)
            throws ProviderException {
        PipelineProperties properties = PipelineProperties.of(variant.defaultPipeline(), configuration);
        var shorthand = configuration.get(FINE_GRAINED_KEY);
        var explicit = configuration.get(PipelineProperties.CONFIGURATION_PREFIX + FINE_GRAINED_KEY);
        if (shorthand.isPresent() && explicit.isPresent() && !shorthand.get().equals(explicit.get())) {
            throw new ProviderException("configuration keys '" + FINE_GRAINED_KEY + "' and 'pipeline."
                    + FINE_GRAINED_KEY + "' disagree");
        }
        if (shorthand.isPresent()) {
            properties = properties.with(FINE_GRAINED_KEY,
                    Boolean.toString(configuration.getBoolean(FINE_GRAINED_KEY, false)));
        }
        List<String> annotators = Arrays.stream(properties.get("annotators").orElse("").split(","))
                .map(String::trim).toList();
        if (!annotators.contains("ner")) {
            throw new ProviderException("provider '" + variant.id() + "' needs the ner annotator, but"
                    + " pipeline.annotators is '" + properties.get("annotators").orElse("") + "'");
        }
        return properties;
    }

    private LabelMapping mapping(ProviderConfiguration configuration) throws ProviderException {
        var file = configuration.get(MAPPING_FILE_KEY);
        try {
            return file.isPresent()
                    ? LabelMapping.fromFile(Path.of(file.get()))
                    : LabelMapping.fromResource(CoreNlpEntityProvider.class, variant.mappingResource());
        } catch (IOException | RuntimeException e) {
            throw new ProviderException("could not read the CoreNLP label mapping "
                    + file.orElse(variant.mappingResource()) + ": " + e, e);
        }
    }
}
