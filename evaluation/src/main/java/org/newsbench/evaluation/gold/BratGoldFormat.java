package org.newsbench.evaluation.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Task;

/**
 * brat standoff: a folder of {@code <id>.txt} documents, each with its {@code <id>.ann}. {@code T} lines
 * ({@code T1<TAB>TYPE START END<TAB>text}) are entity mentions; other annotation lines (relations, events,
 * attributes, notes) are counted and left aside. A discontinuous span ({@code 0 5;8 12}) is an error, and the
 * line's text must equal the document's slice. Offsets count code points, or UTF-16 units with
 * {@code --offsets utf16}. Entity gold only; a {@code .txt} without {@code .ann} has no mentions.
 */
public final class BratGoldFormat implements GoldFormat {

    public static final String NAME = "brat";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".ann"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public GoldCorpus read(Path path, GoldReadOptions options) throws InvalidInputException {
        CorpusReader corpusReader = new CorpusReader(options.maxDocumentChars());
        List<Document> documents = corpusReader.read(path);
        Map<String, Document> byId = GoldCorpusReader.byId(documents);
        rejectAnnotationsWithoutText(path, byId);
        List<GoldRow> rows = new ArrayList<>();
        int leftAside = 0;
        for (Document document : documents) {
            Path ann = path.resolve(document.id() + ".ann");
            if (!Files.exists(ann)) {
                continue;
            }
            CodePointOffsets offsets = options.offsets() == OffsetUnit.UTF16 ? document.offsets() : null;
            String[] lines = Utf8TextReader.read(ann).split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                if (!line.startsWith("T")) {
                    leftAside++;
                    continue;
                }
                rows.add(entityRow(ann, i + 1, line, document, offsets));
            }
        }
        List<EntityMention> entities = new GoldCorpusReader(corpusReader, Set.of(), options)
                .entitiesFromRows(rows, byId);
        List<String> notes = leftAside == 0 ? List.of()
                : List.of(leftAside + " brat annotation lines other than entities (T) left aside");
        return new GoldCorpus(documents, entities, List.of(), List.of(),
                new GoldDescription(NAME, path.toString(), EnumSet.of(Task.ENTITIES), notes,
                        GoldCorpusReader.typeNamesInSource(rows, options.typeMap())));
    }

    private static GoldRow entityRow(Path ann, long lineNumber, String line, Document document,
                                     CodePointOffsets utf16Offsets) throws InvalidInputException {
        String[] fields = line.split("\t", 3);
        if (fields.length < 3) {
            throw new InvalidInputException(ann.toString(), lineNumber, 0,
                    "expected 'T<n><TAB>TYPE START END<TAB>text'; got '" + line + "'");
        }
        if (fields[1].contains(";")) {
            throw new InvalidInputException(ann.toString(), lineNumber, fields[0].length() + 2,
                    "discontinuous span '" + fields[1] + "' of " + fields[0] + "; only continuous mentions can be "
                            + "scored: split it into separate mentions");
        }
        String[] typeAndSpan = fields[1].split(" ");
        if (typeAndSpan.length != 3) {
            throw new InvalidInputException(ann.toString(), lineNumber, fields[0].length() + 2,
                    "expected 'TYPE START END'; got '" + fields[1] + "'");
        }
        String start = typeAndSpan[1];
        String end = typeAndSpan[2];
        if (utf16Offsets != null) {
            start = OffsetUnit.utf16ToCodePoint(ann.toString(), lineNumber, "start", start, utf16Offsets);
            end = OffsetUnit.utf16ToCodePoint(ann.toString(), lineNumber, "end", end, utf16Offsets);
        }
        return GoldRow.fields(ann.toString(), lineNumber, GoldCorpusReader.ENTITIES_HEADER,
                List.of(document.id(), start, end, typeAndSpan[0], fields[2]));
    }

    private static void rejectAnnotationsWithoutText(Path path, Map<String, Document> documents)
            throws InvalidInputException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path ann : files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString();
                if (!documents.containsKey(name.substring(0, name.length() - 4))) {
                    throw new InvalidInputException(ann.toString(), "has no " + name.replace(".ann", ".txt")
                            + " beside it");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(path.toString(), "cannot list the folder: " + e);
        }
    }
}
