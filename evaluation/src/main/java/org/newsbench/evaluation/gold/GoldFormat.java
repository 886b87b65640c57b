package org.newsbench.evaluation.gold;

import java.nio.file.Path;

/** One gold file format: reads a corpus with its gold from a path, validating it (errors name file and line). */
public interface GoldFormat {

    /** The name used by {@code --gold-format} and shown in the report: {@code conll}, {@code brat}... */
    String name();

    /** Whether {@code path} looks like this format, from its name or folder layout alone. */
    boolean recognises(Path path);

    GoldCorpus read(Path path, GoldReadOptions options) throws InvalidInputException;
}
