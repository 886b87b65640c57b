package org.newsbench.opennlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.newsbench.api.LabelMapping;

/**
 * The {@code *.bin} name-finder models in a user's directory, read through a {@link LabelMapping} from file name to
 * gold type: a file that the mapping gives a type is loaded as a one-type name finder; a file mapped to nothing (such
 * as {@code en-ner-date.bin}) or not listed is skipped without being loaded.
 */
public final class NameFinderModelDirectory {

    private final Path directory;
    private final LabelMapping fileTypes;

    public NameFinderModelDirectory(Path directory, LabelMapping fileTypes) {
        this.directory = directory;
        this.fileTypes = fileTypes;
    }

    /** The loaded finders and a note per file on what was done with it. */
    public record Loaded(List<TypedNameFinder> finders, List<String> notes) {

        public Loaded {
            finders = List.copyOf(finders);
            notes = List.copyOf(notes);
        }
    }

    /** The {@code .bin} files of the directory, sorted by name. */
    public List<Path> modelFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("name-finder model directory " + directory + " does not exist or is not a"
                    + " directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".bin"))
                    .sorted()
                    .toList();
        }
    }

    /** The model files that the mapping gives a gold type. */
    public List<Path> mappedModelFiles() throws IOException {
        return modelFiles().stream().filter(file -> !goldTypeOf(file).isEmpty()).toList();
    }

    /** Loads every mapped model file. */
    public Loaded load() throws IOException {
        List<TypedNameFinder> finders = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path file : modelFiles()) {
            String name = file.getFileName().toString();
            String goldType = goldTypeOf(file);
            if (goldType.isEmpty()) {
                notes.add("skipped " + name + ": the mapping " + fileTypes.source() + " gives it no gold type");
                continue;
            }
            TokenNameFinderModel model;
            try {
                model = new TokenNameFinderModel(file);
            } catch (IOException | RuntimeException e) {
                throw new IOException("could not load name-finder model " + file + ": " + e.getMessage(), e);
            }
            finders.add(TypedNameFinder.withFixedType(name, model, goldType));
            notes.add("loaded " + name + " as " + goldType + " (model language " + model.getLanguage()
                    + ", OpenNLP " + model.getVersion() + ")");
        }
        return new Loaded(finders, notes);
    }

    public Path directory() {
        return directory;
    }

    private String goldTypeOf(Path file) {
        String goldType = fileTypes.entries().get(file.getFileName().toString());
        return goldType == null ? "" : goldType;
    }
}
