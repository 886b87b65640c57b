package org.newsbench.evaluation.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.gold.Utf8TextReader;

/**
 * Minimum scores that a run must reach, one {@code backend/task/schema/scope/metric = minimum} a line, for example
 * {@code corenlp/entities/strict/micro/f1 = 0.55}. A figure below its minimum, or missing (its provider did not run),
 * is a failure naming the figure.
 */
public final class RegressionGate {

    private final String source;
    private final Map<String, Double> minimums;

    private RegressionGate(String source, Map<String, Double> minimums) {
        this.source = source;
        this.minimums = minimums;
    }

    public static RegressionGate read(Path file) throws InvalidInputException {
        String text = Utf8TextReader.read(file);
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), "cannot read the regression gate: " + e.getMessage());
        }
        Map<String, Integer> lines = keyLines(file, text);
        Map<String, Double> minimums = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int line = lines.getOrDefault(key, 0);
            if (key.split("/").length != 5) {
                throw new InvalidInputException(file.toString(), line, 0, "'" + key
                        + "' is not backend/task/schema/scope/metric");
            }
            String value = properties.getProperty(key).trim();
            try {
                minimums.put(key, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file.toString(), line, 0, "minimum for '" + key + "' is not a number: "
                        + value);
            }
        }
        return new RegressionGate(file.toString(), minimums);
    }

    /**
     * The line of each key, for error messages ({@link Properties} keeps none), and a key given twice is an error:
     * Properties would keep the last one silently. Reads the simple lines a gate file has (no continuation lines).
     */
    private static Map<String, Integer> keyLines(Path file, String text) throws InvalidInputException {
        Map<String, Integer> lines = new TreeMap<>();
        String[] rows = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < row.length() && "=:".indexOf(row.charAt(end)) < 0
                    && !Character.isWhitespace(row.charAt(end))) {
                end++;
            }
            String key = row.substring(0, end);
            Integer earlier = lines.putIfAbsent(key, i + 1);
            if (earlier != null) {
                throw new InvalidInputException(file.toString(), i + 1, 0, "'" + key + "' is given a second time"
                        + " (first on line " + earlier + ")");
            }
        }
        return lines;
    }

    /** The figures that fell below their minimum or are missing, each worded for the console; empty when all pass. */
    public List<String> failures(List<ScoreRow> rows) {
        Map<String, Double> values = new TreeMap<>();
        for (ScoreRow row : rows) {
            values.put(String.join("/", row.labels()), row.value());
        }
        List<String> failures = new ArrayList<>();
        minimums.forEach((key, minimum) -> {
            Double value = values.get(key);
            if (value == null) {
                failures.add(key + " is missing (minimum " + minimum + "); did its provider run?");
            } else if (value < minimum) {
                failures.add(String.format("%s = %.4f is below its minimum %.4f", key, value, minimum));
            }
        });
        return failures;
    }

    public String source() {
        return source;
    }

    public int size() {
        return minimums.size();
    }
}
