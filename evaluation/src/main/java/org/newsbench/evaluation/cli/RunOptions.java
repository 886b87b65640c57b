package org.newsbench.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.external.ExternalProviderDeclarations;
import org.newsbench.evaluation.discovery.EngineDiscovery;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.run.AnnotationEngine;
import org.newsbench.evaluation.run.AnnotationEngineFactory;
import org.newsbench.evaluation.run.EngineOptions;
import org.newsbench.evaluation.run.LocalAnnotationEngine;
import org.newsbench.evaluation.run.RunSettings;

import picocli.CommandLine.Option;

/** Which providers run, how, and with what configuration. */
final class RunOptions {

    @Option(names = "--providers", paramLabel = "ID", split = ",",
            description = "Only these provider ids (default: every provider found).")
    List<String> providers = new ArrayList<>();

    @Option(names = "--tasks", paramLabel = "TASK", split = ",",
            description = "Only these tasks: ${COMPLETION-CANDIDATES} (default: all).")
    List<Task> tasks = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Documents annotated at once per provider; 0 = the number of cores (default).")
    int threads;

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time an in-JVM provider may take over one document before that document fails with "
                    + "'timeout after N s' and the run goes on; 0 = no limit (default: ${DEFAULT-VALUE}).")
    long documentTimeoutSeconds;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "Cross-validation folds for trainable providers; 0 = one per document (default).")
    int folds;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Provider configuration: <provider-id>.<key>=<value> lines, and external.<id>.<key> "
                    + "declarations of backends in any language.")
    Path config;

    @Option(names = "--set", paramLabel = "ID.KEY=VALUE",
            description = "One provider configuration entry; wins over --config. Repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    /** Read once: the configuration file and --set entries, and the external providers they declare. */
    private Map<String, ProviderConfiguration> configurations;
    private ExternalProviderDeclarations externalProviders;
    /** Where the configuration came from, for its errors. */
    private String configurationSource;
    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LocalAnnotationEngine.NAME,
            description = "Where documents are annotated: local (this JVM's threads, default) or spark (the "
                    + "spark-runner jar).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark, such as local[*] (default: spark-submit's, else local[*]).")
    String master;

    /** The engine named by {@code --engine}, started; the caller closes it. */
    AnnotationEngine openEngine(RunSettings settings) throws InvalidInputException {
        EngineDiscovery engines = new EngineDiscovery();
        AnnotationEngineFactory factory = engines.find(engine).orElseThrow(() -> new InvalidInputException(
                "--engine", "no engine '" + engine + "' on the classpath; found: " + engines.names()
                        + (engine.equals("spark") ? " (the Spark engine is in spark-runner's jar: mvn -Pspark package)"
                        : "")));
        return factory.open(new EngineOptions(settings.threads(), Optional.ofNullable(master)));
    }

    RunSettings settings() throws InvalidInputException {
        return settings(EnumSet.allOf(Task.class));
    }

    /** The settings, the tasks run being those selected that the gold labels. */
    RunSettings settings(Set<Task> labelled) throws InvalidInputException {
        int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (documentTimeoutSeconds < 0) {
            throw new InvalidInputException("--document-timeout", "must be >= 0 seconds (0 = no limit), got "
                    + documentTimeoutSeconds);
        }
        readConfiguration();
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        tasks.addAll(selectedTasks());
        tasks.retainAll(labelled);
        return new RunSettings(threadCount, folds, tasks, externalProviders.configurationsFor(configurations),
                Duration.ofSeconds(documentTimeoutSeconds));
    }

    /**
     * The providers found on the classpath and those declared as {@code external.<id>.*}, narrowed by --providers.
     *
     * @throws InvalidInputException when a declared id is one of the classpath's
     */
    List<DiscoveredProvider> providers() throws InvalidInputException {
        readConfiguration();
        List<AnnotatorProvider> declared = externalProviders.providers();
        List<DiscoveredProvider> found = new ProviderDiscovery().discover(declared);
        try {
            externalProviders.requireIdsOtherThan(found.stream()
                    .filter(provider -> !declared.contains(provider.provider())).map(DiscoveredProvider::id).toList());
        } catch (ProviderException e) {
            throw new InvalidInputException(configurationSource, e.getMessage());
        }
        requireConfiguredIdsKnown(found);
        return select(found);
    }

    private void readConfiguration() throws InvalidInputException {
        if (configurations != null) {
            return;
        }
        if (config != null && !Files.isRegularFile(config)) {
            throw new InvalidInputException(config.toString(), "--config: no such file");
        }
        configurations = ProviderConfigurations.read(config, overrides);
        configurationSource = config != null ? config + " / --set" : "--set";
        try {
            externalProviders = ExternalProviderDeclarations.from(configurations);
        } catch (ProviderException e) {
            throw new InvalidInputException(configurationSource, e.getMessage());
        }
    }

    /** An entry for an id no provider has (a typo in the id) would otherwise be ignored without a word. */
    private void requireConfiguredIdsKnown(List<DiscoveredProvider> found) throws InvalidInputException {
        for (String id : configurations.keySet()) {
            if (!id.equals(ExternalProviderDeclarations.SECTION)
                    && found.stream().noneMatch(provider -> provider.id().equals(id))) {
                throw new InvalidInputException(configurationSource, "no provider '" + id + "' to configure; found: "
                        + found.stream().map(DiscoveredProvider::id).toList());
            }
        }
    }

    private List<DiscoveredProvider> select(List<DiscoveredProvider> found) throws InvalidInputException {
        if (providers.isEmpty()) {
            return found;
        }
        requireKnown(providers, found);
        return found.stream().filter(provider -> providers.contains(provider.id())).toList();
    }

    private Set<Task> selectedTasks() {
        return tasks.isEmpty() ? EnumSet.allOf(Task.class) : EnumSet.copyOf(tasks);
    }

    private static void requireKnown(List<String> requested, List<DiscoveredProvider> found)
            throws InvalidInputException {
        for (String id : requested) {
            if (found.stream().noneMatch(provider -> provider.id().equals(id))) {
                throw new InvalidInputException("--providers", "no provider '" + id + "'; found: "
                        + found.stream().map(DiscoveredProvider::id).toList());
            }
        }
    }
}
