package org.newsbench.evaluation.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.gold.Utf8TextReader;

/**
 * Reads provider configuration: a properties file of {@code <provider-id>.<key>=value} lines, then
 * {@code --set <provider-id>.<key>=value} options, which win.
 */
final class ProviderConfigurations {

    private ProviderConfigurations() {
    }

    static Map<String, ProviderConfiguration> read(Path file, List<String> overrides) throws InvalidInputException {
        Map<String, Map<String, String>> byProvider = new TreeMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = new StringReader(Utf8TextReader.read(file))) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(file.toString(), "cannot read provider configuration: " + e.getMessage());
            }
            for (String name : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
                put(byProvider, name, properties.getProperty(name), file.toString());
            }
        }
        for (String override : overrides) {
            int equals = override.indexOf('=');
            if (equals < 0) {
                throw new InvalidInputException("--set " + override, "expected <provider-id>.<key>=<value>");
            }
            put(byProvider, override.substring(0, equals), override.substring(equals + 1), "--set " + override);
        }
        Map<String, ProviderConfiguration> configurations = new HashMap<>();
        byProvider.forEach((id, values) -> configurations.put(id, ProviderConfiguration.of(values)));
        return configurations;
    }

    private static void put(Map<String, Map<String, String>> byProvider, String name, String value, String source)
            throws InvalidInputException {
        int dot = name.indexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            throw new InvalidInputException(source, "'" + name + "' is not <provider-id>.<key>");
        }
        byProvider.computeIfAbsent(name.substring(0, dot), id -> new TreeMap<>())
                .put(name.substring(dot + 1), value.trim());
    }
}
