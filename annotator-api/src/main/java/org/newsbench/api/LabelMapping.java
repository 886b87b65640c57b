package org.newsbench.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Maps a backend's labels (CoreNLP's {@code CITY}, OpenNLP's {@code person}) to the gold's types.
 *
 * <p>Read from a properties file, one {@code BACKEND_LABEL=GOLD_TYPE} a line; an empty value, or a label that is
 * not listed, drops the mention. Dropped labels are counted (thread-safely) so that the report can show what a
 * mapping threw away. Each backend ships its default mapping as a resource; a user can point the backend at a file
 * of their own.
 */
public final class LabelMapping {

    private final String source;
    private final Map<String, String> goldTypeByLabel;
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();

    private LabelMapping(String source, Map<String, String> goldTypeByLabel) {
        this.source = source;
        this.goldTypeByLabel = Collections.unmodifiableMap(new TreeMap<>(goldTypeByLabel));
    }

    /** A mapping from explicit entries; an empty value drops the label. */
    public static LabelMapping of(String source, Map<String, String> goldTypeByLabel) {
        return new LabelMapping(source, goldTypeByLabel);
    }

    /** Reads the mapping resource {@code resourceName} through {@code owner}'s class loader. */
    public static LabelMapping fromResource(Class<?> owner, String resourceName) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IOException("label mapping resource " + resourceName + " not found on the classpath of "
                        + owner.getName());
            }
            return read("resource " + resourceName, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** Reads a user's mapping file (UTF-8 properties). */
    public static LabelMapping fromFile(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        }
    }

    private static LabelMapping read(String source, Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> entries = new TreeMap<>();
        for (String label : properties.stringPropertyNames()) {
            entries.put(label, properties.getProperty(label).trim());
        }
        return new LabelMapping(source, entries);
    }

    /** The gold type for {@code backendLabel}, or empty (and counted as dropped) when the mapping has none. */
    public Optional<String> map(String backendLabel) {
        String goldType = goldTypeByLabel.get(backendLabel);
        if (goldType == null || goldType.isEmpty()) {
            dropped.computeIfAbsent(backendLabel, label -> new LongAdder()).increment();
            return Optional.empty();
        }
        return Optional.of(goldType);
    }

    /** How often each dropped label was seen since this mapping was made, sorted by label. */
    public Map<String, Long> droppedCounts() {
        Map<String, Long> counts = new TreeMap<>();
        dropped.forEach((label, count) -> counts.put(label, count.sum()));
        return counts;
    }

    /** The entries, sorted by backend label. */
    public Map<String, String> entries() {
        return goldTypeByLabel;
    }

    /** Where the mapping was read from. */
    public String source() {
        return source;
    }
}
