package org.newsbench.opennlp;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * Provider {@value #ID}: pretrained OpenNLP name-finder models from a directory the user names (Maven Central has
 * no English name-finder model). Configuration keys: {@code models.dir} (see {@link ModelDirectoryLocator}) and
 * {@code labelMapping}, a properties file from model file name to gold type replacing the bundled
 * {@value #DEFAULT_MAPPING_RESOURCE}.
 */
public final class OpenNlpPretrainedProvider implements AnnotatorProvider {

    public static final String ID = "opennlp";
    /** Configuration key: path of a user's file-to-type mapping. */
    public static final String LABEL_MAPPING_KEY = "labelMapping";
    /** The bundled file-to-type mapping for the classic en-ner-*.bin models. */
    public static final String DEFAULT_MAPPING_RESOURCE = "classic-name-finder-models.properties";

    private final ModelDirectoryLocator locator;

    /** The provider that {@link java.util.ServiceLoader} makes: settings from system properties and environment. */
    public OpenNlpPretrainedProvider() {
        this(ModelDirectoryLocator.ofRuntime());
    }

    public OpenNlpPretrainedProvider(ModelDirectoryLocator locator) {
        this.locator = locator;
    }

    /**
     * Available when the system property or environment variable names a directory holding at least one model file
     * that the bundled mapping gives a type. (The configuration key is not visible here; a directory given only
     * through it is found by {@link #create}.)
     */

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of(ID,
                "Apache OpenNLP pretrained name-finder models (en-ner-*.bin) from a user-named directory, over the"
                        + " UD English sentence detector and tokenizer",
                OpenNlpLibrary.NAME, OpenNlpLibrary.VERSION, Set.of(Task.ENTITIES), false);
    }

    @Override
    public Availability availability() {
        try {
            Availability segmentation = OpenNlpModelResources.availability();
            if (!segmentation.isAvailable()) {
                return segmentation;
            }
            Optional<ModelDirectorySetting> setting = locator.locate(ProviderConfiguration.EMPTY);
            if (setting.isEmpty()) {
                return Availability.unavailable("no name-finder models configured: "
                        + ModelDirectoryLocator.howToConfigure());
            }
            NameFinderModelDirectory directory = new NameFinderModelDirectory(setting.get().directory(),
                    defaultMapping());
            if (directory.mappedModelFiles().isEmpty()) {
                return Availability.unavailable("no name-finder models configured: " + setting.get()
                        + " holds none of the model files " + mappedFileNames() + "; "
                        + ModelDirectoryLocator.howToConfigure());
            }
            return Availability.available();
        } catch (IOException | RuntimeException e) {
            return Availability.unavailable("name-finder models not usable: " + e.getMessage() + "; "
                    + ModelDirectoryLocator.howToConfigure());
        }
    }

    @Override
    public Annotator create(ProviderConfiguration configuration) throws ProviderException {
        configuration.requireOnlyKnownKeys(ID, Set.of(ModelDirectoryLocator.CONFIGURATION_KEY, LABEL_MAPPING_KEY,
                OpenNlpTextSegmenter.REFINE_BOUNDARIES_KEY, OpenNlpNameTagger.RESOLVE_OVERLAPS_KEY), Set.of());
        boolean refineBoundaries = configuration.getBoolean(OpenNlpTextSegmenter.REFINE_BOUNDARIES_KEY, true);
        boolean resolveOverlaps = configuration.getBoolean(OpenNlpNameTagger.RESOLVE_OVERLAPS_KEY, true);
        ModelDirectorySetting setting;
        try {
            setting = locator.locate(configuration).orElseThrow(() -> new ProviderException(
                    "no name-finder models configured: " + ModelDirectoryLocator.howToConfigure()));
        } catch (InvalidPathException e) {
            throw new ProviderException("the name-finder model directory is not a valid path: " + e.getMessage(), e);
        }
        LabelMapping mapping = mapping(configuration);
        try {
            NameFinderModelDirectory directory = new NameFinderModelDirectory(setting.directory(), mapping);
            NameFinderModelDirectory.Loaded loaded = directory.load();
            if (loaded.finders().isEmpty()) {
                throw new ProviderException("no name-finder models configured: " + setting + " holds no model file"
                        + " that the mapping " + mapping.source() + " gives a gold type (it maps "
                        + mapping.entries().keySet() + ")");
            }
            return new OpenNlpPretrainedEntityAnnotator(OpenNlpTextSegmenter.fromClasspathModels(refineBoundaries),
                    loaded.finders(), loaded.notes(), resolveOverlaps);
        } catch (IOException e) {
            throw new ProviderException("opennlp: " + e.getMessage(), e);
        }
    }

    private static LabelMapping mapping(ProviderConfiguration configuration) throws ProviderException {
        Optional<String> file = configuration.get(LABEL_MAPPING_KEY);
        try {
            return file.isPresent() ? LabelMapping.fromFile(Path.of(file.get().trim())) : defaultMapping();
        } catch (IOException | InvalidPathException e) {
            throw new ProviderException("cannot read the opennlp label mapping " + file.orElse(DEFAULT_MAPPING_RESOURCE)
                    + ": " + e.getMessage(), e);
        }
    }

    private static LabelMapping defaultMapping() throws IOException {
        return LabelMapping.fromResource(OpenNlpPretrainedProvider.class, DEFAULT_MAPPING_RESOURCE);
    }

    private static List<String> mappedFileNames() throws IOException {
        return defaultMapping().entries().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }
}
