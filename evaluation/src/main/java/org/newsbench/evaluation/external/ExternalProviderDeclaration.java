package org.newsbench.evaluation.external;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * One {@code external.<id>.*} declaration: a program reached over JSON lines on stdin/stdout ({@code command}) or an
 * HTTP service ({@code url}). The keys and their defaults are in the README, section "Plug in a backend written in
 * any language".
 *
 * @param keys every declared key without the {@code external.<id>.} prefix: the provider's configuration, and so part
 *             of its annotation cache key (the program's code cannot be hashed, so its command line, url and
 *             {@code version} stand for it)
 */
public record ExternalProviderDeclaration(String id, List<String> command, URI url, Set<Task> tasks,
                                          String description, String version, int workers, Duration timeout,
                                          OffsetUnit offsets, Optional<Path> labels, boolean trainable,
                                          int maxRestarts, int maxResponseBytes, Optional<Path> workingDirectory,
                                          Map<String, String> environment, ProviderConfiguration keys) {

    public static final int DEFAULT_WORKERS = 1;
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    public static final int DEFAULT_MAX_RESTARTS = 3;
    public static final String DEFAULT_VERSION = "1";
    /** 32 MiB: far above any document's answer, far below what the heap holds. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
    /** A response is held in memory whole before it is parsed, so no bound may pass 1 GiB. */
    public static final int LARGEST_MAX_RESPONSE_BYTES = 1024 * 1024 * 1024;

    private static final Set<String> KNOWN_KEYS = Set.of("command", "url", "tasks", "description", "version",
            "workers", "timeout-seconds", "offsets", "labels", "trainable", "max-restarts", "max-response-bytes",
            "working-directory");
    private static final String ENV_PREFIX = "env.";

    public ExternalProviderDeclaration {
        Objects.requireNonNull(id, "id");
        command = command == null ? null : List.copyOf(command);
        tasks = Set.copyOf(tasks);
        environment = Map.copyOf(environment);
    }

    /** Whether it is a program on stdin/stdout (else an HTTP service). */
    public boolean isProcess() {
        return command != null;
    }

    /** The command line or url, for messages. */
    public String endpoint() {
        return isProcess() ? String.join(" ", command) : url.toString();
    }

    /**
     * Reads the keys of provider {@code id}.
     *
     * @throws ProviderException naming {@code external.<id>.<key>} for a missing, unknown or malformed key
     */
    public static ExternalProviderDeclaration parse(String id, ProviderConfiguration keys) throws ProviderException {
        String prefix = "external." + id + ".";
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new ProviderException("external provider id '" + id + "' must be non-empty without white space");
        }
        keys.requireOnlyKnownKeys("external." + id, KNOWN_KEYS, Set.of(ENV_PREFIX));
        Optional<String> commandLine = keys.get("command").filter(value -> !value.isBlank());
        Optional<String> urlValue = keys.get("url").filter(value -> !value.isBlank());
        if (commandLine.isPresent() == urlValue.isPresent()) {
            throw new ProviderException(prefix + "command or " + prefix + "url must be given, not both and not neither");
        }
        List<String> command = null;
        if (commandLine.isPresent()) {
            command = CommandLineSplitter.split(commandLine.get());
            if (command.isEmpty()) {
                throw new ProviderException(prefix + "command is empty");
            }
        }
        URI url = urlValue.isPresent() ? url(prefix, urlValue.get()) : null;
        String version = keys.get("version", DEFAULT_VERSION).trim();
        String description = keys.get("description").filter(value -> !value.isBlank())
                .orElse("external " + (command != null ? "program: " + commandLine.get() : "HTTP service: " + url));
        int workers = positive(prefix, "workers", keys.getInt("workers", DEFAULT_WORKERS));
        int maxRestarts = keys.getInt("max-restarts", DEFAULT_MAX_RESTARTS);
        if (maxRestarts < 0) {
            throw new ProviderException(prefix + "max-restarts must be >= 0, got " + maxRestarts);
        }
        Map<String, String> environment = keys.withPrefix(ENV_PREFIX);
        return new ExternalProviderDeclaration(id, command, url, tasks(prefix, keys), description,
                version.isEmpty() ? DEFAULT_VERSION : version, workers, timeout(prefix, keys), offsets(prefix, keys),
                keys.get("labels").filter(value -> !value.isBlank()).map(Path::of),
                bool(prefix, "trainable", keys.get("trainable", "false")), maxRestarts, maxResponseBytes(prefix, keys),
                keys.get("working-directory").filter(value -> !value.isBlank()).map(Path::of), environment, keys);
    }

    private static Set<Task> tasks(String prefix, ProviderConfiguration keys) throws ProviderException {
        String value = keys.get("tasks").orElseThrow(() -> new ProviderException(prefix
                + "tasks is required: ENTITIES, STANCE or both (comma-separated)"));
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                tasks.add(Task.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ProviderException(prefix + "tasks: unknown task '" + name.trim()
                        + "'; expected ENTITIES, STANCE or both");
            }
        }
        if (tasks.isEmpty()) {
            throw new ProviderException(prefix + "tasks is empty; expected ENTITIES, STANCE or both");
        }
        return tasks;
    }

    private static Duration timeout(String prefix, ProviderConfiguration keys) throws ProviderException {
        String value = keys.get("timeout-seconds", String.valueOf(DEFAULT_TIMEOUT_SECONDS)).trim();
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new ProviderException(prefix + "timeout-seconds must be a positive number, got '" + value + "'");
        }
    }

    private static int maxResponseBytes(String prefix, ProviderConfiguration keys) throws ProviderException {
        String value = keys.get("max-response-bytes", String.valueOf(DEFAULT_MAX_RESPONSE_BYTES)).trim();
        try {
            int bytes = Integer.parseInt(value);
            if (bytes >= 1 && bytes <= LARGEST_MAX_RESPONSE_BYTES) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range.
        }
        throw new ProviderException(prefix + "max-response-bytes must be a whole number of bytes from 1 to "
                + LARGEST_MAX_RESPONSE_BYTES + " (1 GiB), got '" + value + "'");
    }

    /** {@code external.<id>.<name>}: one of this declaration's keys in full, for messages. */
    String key(String name) {
        return "external." + id + "." + name;
    }

    private static OffsetUnit offsets(String prefix, ProviderConfiguration keys) throws ProviderException {
        String value = keys.get("offsets", "codepoint").trim();
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "codepoint" -> OffsetUnit.CODEPOINT;
            case "utf16" -> OffsetUnit.UTF16;
            default -> throw new ProviderException(prefix + "offsets must be 'codepoint' or 'utf16', got '" + value
                    + "'");
        };
    }

    private static URI url(String prefix, String value) throws ProviderException {
        try {
            URI url = new URI(value.trim());
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new ProviderException(prefix + "url must be an http:// or https:// url, got '" + value + "'");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ProviderException(prefix + "url is not a url: " + e.getMessage());
        }
    }

    private static int positive(String prefix, String key, int value) throws ProviderException {
        if (value < 1) {
            throw new ProviderException(prefix + key + " must be >= 1, got " + value);
        }
        return value;
    }

    private static boolean bool(String prefix, String key, String value) throws ProviderException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ProviderException(prefix + key + " must be true or false, got '" + value + "'");
        };
    }

    /** Splits a command line at white space, keeping single- or double-quoted parts together (no shell). */
    static final class CommandLineSplitter {
        private CommandLineSplitter() {
        }

        static List<String> split(String line) throws ProviderException {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean inWord = false;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (quote != 0) {
                throw new ProviderException("command line has an unclosed " + quote + " quote: " + line);
            }
            if (inWord) {
                words.add(word.toString());
            }
            return words;
        }
    }
}
