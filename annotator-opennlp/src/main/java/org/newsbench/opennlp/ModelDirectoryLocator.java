package org.newsbench.opennlp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.newsbench.api.spi.ProviderConfiguration;

/**
 * Finds the directory of name-finder models for the {@code opennlp} provider. The first of these that is set wins:
 * the configuration key {@value #CONFIGURATION_KEY}, the system property {@value #SYSTEM_PROPERTY}, the environment
 * variable {@value #ENVIRONMENT_VARIABLE}.
 */
public final class ModelDirectoryLocator {

    /** Configuration key of the {@code opennlp} provider naming the model directory. */
    public static final String CONFIGURATION_KEY = "models.dir";
    /** System property naming the model directory. */
    public static final String SYSTEM_PROPERTY = "newsbench.opennlp.models";
    /** Environment variable naming the model directory. */
    public static final String ENVIRONMENT_VARIABLE = "NEWSBENCH_OPENNLP_MODELS";

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    /** Reads settings through the given lookups, so that tests need not change the JVM's properties. */
    public ModelDirectoryLocator(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** A locator over the JVM's system properties and the process environment. */
    public static ModelDirectoryLocator ofRuntime() {
        return new ModelDirectoryLocator(System::getProperty, System::getenv);
    }

    /**
     * The configured directory, if any setting names one; the directory is not checked here.
     *
     * @throws InvalidPathException when the setting is not a path
     */
    public Optional<ModelDirectorySetting> locate(ProviderConfiguration configuration) {
        Optional<String> configured = configuration.get(CONFIGURATION_KEY).filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return Optional.of(new ModelDirectorySetting(Path.of(configured.get().trim()),
                    "configuration key opennlp." + CONFIGURATION_KEY));
        }
        String property = systemProperties.apply(SYSTEM_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(new ModelDirectorySetting(Path.of(property.trim()), "system property "
                    + SYSTEM_PROPERTY));
        }
        String variable = environment.apply(ENVIRONMENT_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(new ModelDirectorySetting(Path.of(variable.trim()), "environment variable "
                    + ENVIRONMENT_VARIABLE));
        }
        return Optional.empty();
    }

    /** How to configure the directory, for the user. */
    public static String howToConfigure() {
        return "set -D" + SYSTEM_PROPERTY + "=DIR, the environment variable " + ENVIRONMENT_VARIABLE
                + "=DIR or the configuration key opennlp." + CONFIGURATION_KEY + "=DIR to a directory holding"
                + " OpenNLP name-finder models such as en-ner-person.bin, en-ner-organization.bin and"
                + " en-ner-location.bin (a manual download from https://opennlp.sourceforge.net/models-1.5/;"
                + " Maven Central has no English name-finder model); see annotator-opennlp/README.md";
    }
}
