package org.newsbench.corenlp;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.newsbench.api.spi.ProviderConfiguration;

/**
 * The CoreNLP properties a pipeline is built from: a provider's defaults overlaid with the user's
 * {@code pipeline.*} configuration keys. Immutable and comparable by value, so it is the key of
 * {@link CoreNlpPipelineCache}: equal properties share one loaded pipeline.
 */
record PipelineProperties(Map<String, String> values) {

    /** Configuration keys with this prefix are CoreNLP properties, passed on with the prefix removed. */
    static final String CONFIGURATION_PREFIX = "pipeline.";

    PipelineProperties {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** {@code defaults}, with every {@code pipeline.<name>} entry of {@code configuration} set over them. */
    static PipelineProperties of(Map<String, String> defaults, ProviderConfiguration configuration) {
        Map<String, String> merged = new TreeMap<>(defaults);
        merged.putAll(configuration.withPrefix(CONFIGURATION_PREFIX));
        return new PipelineProperties(merged);
    }

    /** The same properties with {@code name} set to {@code value}. */
    PipelineProperties with(String name, String value) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.put(name, value);
        return new PipelineProperties(changed);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A fresh {@link Properties} for CoreNLP, which may mutate what it is given. */
    Properties toProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }
}
