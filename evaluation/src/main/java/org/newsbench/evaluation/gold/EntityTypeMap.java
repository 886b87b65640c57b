package org.newsbench.evaluation.gold;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renames gold entity types to the names providers produce: CoNLL's {@code PER}, {@code ORG}, {@code LOC} and
 * {@code MISC} become {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} and {@code MISC} by default, and a
 * {@code --type-map} file of {@code GOLD_TYPE=NAME} lines adds to or replaces those entries. A type not listed keeps
 * its name.
 */
public record EntityTypeMap(Map<String, String> names) {

    /** CoNLL-2003's types to the names this project's providers use. */
    public static final EntityTypeMap CONLL_DEFAULT = new EntityTypeMap(Map.of(
            "PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "MISC", "MISC"));

    public EntityTypeMap {
        names = Map.copyOf(names);
    }

    /** The name {@code goldType} is scored under. */
    public String apply(String goldType) {
        return names.getOrDefault(goldType, goldType);
    }

    /** The default entries, then a file's: {@code PER=PERSON} lines; blank lines and {@code #} comments skipped. */
    public static EntityTypeMap read(Path file) throws InvalidInputException {
        Map<String, String> names = new LinkedHashMap<>(CONLL_DEFAULT.names());
        String[] lines = Utf8TextReader.read(file).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0 || equals == line.length() - 1) {
                throw new InvalidInputException(file.toString(), i + 1, 1,
                        "expected GOLD_TYPE=NAME, such as PER=PERSON; got '" + line + "'");
            }
            names.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return new EntityTypeMap(names);
    }
}
