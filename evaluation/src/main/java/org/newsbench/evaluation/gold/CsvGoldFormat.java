package org.newsbench.evaluation.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Task;

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

    /**
     * A folder of {@code entities.csv} and/or {@code stance.csv} without a corpus (such as {@code predictions/<id>/}
     * of an earlier run), read against the gold's documents and targets; any type is accepted.
     */
    public GoldCorpus readAgainst(Path folder, GoldCorpus gold, GoldReadOptions options) throws InvalidInputException {
        Path entities = folder.resolve("entities.csv");
        Path stance = folder.resolve("stance.csv");
        GoldCorpusReader reader = new GoldCorpusReader(new CorpusReader(options.maxDocumentChars()), Set.of(), options);
        Map<String, Document> documents = gold.documentsById();
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        List<EntityMention> mentions = List.of();
        List<LabelledStance> stances = List.of();
        if (Files.exists(entities)) {
            mentions = reader.readEntities(entities, documents);
            tasks.add(Task.ENTITIES);
        }
        if (Files.exists(stance)) {
            stances = reader.readStance(stance, documents, gold.targets());
            tasks.add(Task.STANCE);
        }
        if (tasks.isEmpty()) {
            throw new InvalidInputException(folder.toString(), "holds neither entities.csv nor stance.csv");
        }
        return new GoldCorpus(gold.documents(), mentions, stances, gold.targets(),
                new GoldDescription(NAME, folder.toString(), tasks, List.of()));
    }

    /** Whether {@code path} is a folder of gold CSVs without a corpus of its own. */
    public static boolean isFolderWithoutCorpus(Path path) {
        return Files.isDirectory(path) && !Files.isDirectory(path.resolve("corpus"))
                && (Files.exists(path.resolve("entities.csv")) || Files.exists(path.resolve("stance.csv")));
    }

    /** The project's four types and whatever the type map renames to. */
    static Set<String> typesAccepted(GoldReadOptions options) {
        Set<String> types = new TreeSet<>(GoldCorpusReader.DEFAULT_ENTITY_TYPES);
        types.addAll(options.typeMap().names().values());
        return types;
    }
}
