package org.newsbench.evaluation.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's own layout, the default: a folder with {@code corpus/<doc_id>.txt}, {@code entities.csv},
 * {@code stance.csv} and {@code targets.csv} (either gold file and the targets may be absent). Offsets count code
 * points. Types must be the project's four ({@link GoldCorpusReader#DEFAULT_ENTITY_TYPES}) or names the type map
 * gives.
 */
public final class CsvGoldFormat implements GoldFormat {

    public static final String NAME = "csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path path) {
        return Files.isDirectory(path.resolve("corpus"));
    }

    @Override
    public GoldCorpus read(Path path, GoldReadOptions options) throws InvalidInputException {
        if (!Files.isDirectory(path)) {
            throw new InvalidInputException(path.toString(), "not a folder; a csv gold is a folder with corpus/, "
                    + "entities.csv and/or stance.csv");
        }
        GoldCorpus corpus = read(GoldSource.inDirectory(path), options);
        return new GoldCorpus(corpus.documents(), corpus.entities(), corpus.stances(), corpus.targets(),
                new GoldDescription(NAME, path.toString(), corpus.description().tasks(), corpus.description().notes()));
    }

    /** Reads the files {@code source} names (the legacy {@code --corpus}, {@code --entities}... options). */
    public GoldCorpus read(GoldSource source, GoldReadOptions options) throws InvalidInputException {
        return new GoldCorpusReader(new CorpusReader(options.maxDocumentChars()), typesAccepted(options), options)
                .read(source);
    }

    /** The project's four types and whatever the type map renames to. */
    static Set<String> typesAccepted(GoldReadOptions options) {
        Set<String> types = new TreeSet<>(GoldCorpusReader.DEFAULT_ENTITY_TYPES);
        types.addAll(options.typeMap().names().values());
        return types;
    }
}
