package org.newsbench.api.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The configuration a provider's annotator is built with: string keys and values, such as
 * {@code ner.applyFineGrained=false}. The evaluation reads them from {@code <provider-id>.<key>} entries; the key
 * set each provider accepts is documented in its README section.
 */
public record ProviderConfiguration(Map<String, String> values) {

    public static final ProviderConfiguration EMPTY = new ProviderConfiguration(Map.of());

    public ProviderConfiguration {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static ProviderConfiguration of(Map<String, String> values) {
        return new ProviderConfiguration(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    /** The integer at {@code key}, or the default; a value that is not an integer is a {@link ProviderException}. */
    public int getInt(String key, int defaultValue) throws ProviderException {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ProviderException("configuration key '" + key + "' must be an integer, got '" + value + "'");
        }
    }

    /**
     * The boolean at {@code key} ({@code true} or {@code false}, case-insensitive), or the default; any other value
     * is a {@link ProviderException}.
     */
    public boolean getBoolean(String key, boolean defaultValue) throws ProviderException {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        throw new ProviderException("configuration key '" + key + "' must be true or false, got '" + value + "'");
    }

    /** The entries whose key starts with {@code prefix}, with the prefix removed. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> selected = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                selected.put(key.substring(prefix.length()), value);
            }
        });
        return selected;
    }

    /**
     * Rejects keys that are neither in {@code knownKeys} nor start with one of {@code knownPrefixes}, so that a
     * misspelt key fails loudly instead of being ignored.
     */
    public void requireOnlyKnownKeys(String providerId, Set<String> knownKeys, Set<String> knownPrefixes)
            throws ProviderException {
        Set<String> unknown = new TreeSet<>();
        for (String key : values.keySet()) {
            boolean known = knownKeys.contains(key) || knownPrefixes.stream().anyMatch(key::startsWith);
            if (!known) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProviderException("provider '" + providerId + "' does not know the configuration key(s) "
                    + unknown + "; it accepts " + new TreeSet<>(knownKeys)
                    + (knownPrefixes.isEmpty() ? "" : " and keys starting with " + new TreeSet<>(knownPrefixes)));
        }
    }
}
