package org.newsbench.evaluation.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines, one document a line:
 * {@code {"id": "d1", "text": "...", "entities": [{"start": 0, "end": 5, "type": "PERSON", "text": "Putin"}],
 * "stance": [{"start": 0, "end": 40, "target": "MALI", "stance": "AGAINST", "holder": "AUTHOR"}]}}. A span's
 * {@code text} is optional and checked when present; {@code holder} follows the CSV rules. Offsets count code points,
 * end-exclusive, or UTF-16 units with {@code --offsets utf16}. If any line has {@code entities}, every document has
 * entity gold (absent = none); stance rows may label only some sentence and target pairs.
 */
public final class JsonlGoldFormat implements GoldFormat {

    public static final String NAME = "jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Jackson's note on where a construct opened, such as {@code [Source: REDACTED (...); line: 1, column: 40]}: each
     * line is parsed alone, so only its column says anything.
     */
    private static final Pattern JACKSON_SOURCE_NOTE =
            Pattern.compile("\\[Source: [^\\]]*?; line: \\d+, column: (\\d+)]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path path) {
        String extension = ConllGoldFormat.extension(path);
        return Files.isRegularFile(path) && (extension.equals("jsonl") || extension.equals("ndjson"));
    }

    @Override
    public GoldCorpus read(Path path, GoldReadOptions options) throws InvalidInputException {
        String file = path.toString();
        String[] lines = Utf8TextReader.read(path).split("\n", -1);
        List<Document> documents = new ArrayList<>();
        Map<String, Long> lineOfDocument = new HashMap<>();
        List<GoldRow> entityRows = new ArrayList<>();
        List<GoldRow> stanceRows = new ArrayList<>();
        boolean hasEntities = false;
        boolean hasStance = false;
        for (int i = 0; i < lines.length; i++) {
            long lineNumber = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode line = parse(file, lineNumber, lines[i]);
            Document document = document(file, lineNumber, line, options.maxDocumentChars());
            Long earlier = lineOfDocument.putIfAbsent(document.id(), lineNumber);
            if (earlier != null) {
                throw new InvalidInputException(file, lineNumber, 0, "second document '" + document.id()
                        + "' (first on line " + earlier + ")");
            }
            documents.add(document);
            CodePointOffsets offsets = document.offsets();
            if (line.has("entities")) {
                hasEntities = true;
                for (JsonNode entity : array(file, lineNumber, line, "entities")) {
                    entityRows.add(row(file, lineNumber, document, entity, GoldCorpusReader.ENTITIES_HEADER, offsets,
                            options.offsets()));
                }
            }
            if (line.has("stance")) {
                hasStance = true;
                for (JsonNode stance : array(file, lineNumber, line, "stance")) {
                    stanceRows.add(row(file, lineNumber, document, stance, GoldCorpusReader.STANCE_HEADER, offsets,
                            options.offsets()));
                }
            }
        }
        if (documents.isEmpty()) {
            throw new InvalidInputException(file, "holds no document");
        }
        documents.sort(Comparator.comparing(Document::id));
        Map<String, Document> byId = GoldCorpusReader.byId(documents);
        GoldCorpusReader reader = new GoldCorpusReader(new CorpusReader(options.maxDocumentChars()), Set.of(), options);
        List<EntityMention> entities = reader.entitiesFromRows(entityRows, byId);
        List<StanceTarget> targets = options.targetsFile() != null ? reader.readTargets(options.targetsFile())
                : GoldCorpusReader.targetsOf(stanceRows);
        List<LabelledStance> stances = reader.stanceFromRows(file, stanceRows, byId, targets);
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        if (hasEntities) {
            tasks.add(Task.ENTITIES);
        }
        if (hasStance) {
            tasks.add(Task.STANCE);
        }
        if (tasks.isEmpty()) {
            throw new InvalidInputException(file, "no line has \"entities\" or \"stance\": there is no gold");
        }
        return new GoldCorpus(documents, entities, stances, targets,
                new GoldDescription(NAME, file, tasks, List.of(),
                        GoldCorpusReader.typeNamesInSource(entityRows, options.typeMap())));
    }

    private static JsonNode parse(String file, long lineNumber, String line) throws InvalidInputException {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException(file, lineNumber, 0, "expected one JSON object on the line");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            throw new InvalidInputException(file, lineNumber, column, "malformed JSON: "
                    + JACKSON_SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("column $1"));
        }
    }

    private static Document document(String file, long lineNumber, JsonNode line, int maxDocumentChars)
            throws InvalidInputException {
        String id = requiredText(file, lineNumber, line, "id", "");
        String text = requiredText(file, lineNumber, line, "text", "");
        if (id.isBlank()) {
            throw new InvalidInputException(file, lineNumber, 0, "field 'id' is empty");
        }
        if (text.isBlank()) {
            throw new InvalidInputException(file, lineNumber, 0, "document '" + id + "' is empty");
        }
        if (text.length() > maxDocumentChars) {
            throw new InvalidInputException(file, lineNumber, 0, "document '" + id + "' is longer than the limit of "
                    + maxDocumentChars + " characters (--max-document-chars)");
        }
        return new Document(id, text);
    }

    private static Iterable<JsonNode> array(String file, long lineNumber, JsonNode line, String field)
            throws InvalidInputException {
        JsonNode array = line.get(field);
        if (!array.isArray()) {
            throw new InvalidInputException(file, lineNumber, 0, "field '" + field + "' is not a list");
        }
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new InvalidInputException(file, lineNumber, 0, "field '" + field + "' holds a non-object: "
                        + item);
            }
        }
        return array;
    }

    /** A span object as a gold row of {@code header}'s fields (doc_id from the line, text from the document if absent). */
    private static GoldRow row(String file, long lineNumber, Document document, JsonNode span, List<String> header,
                               CodePointOffsets offsets, OffsetUnit unit) throws InvalidInputException {
        String context = header == GoldCorpusReader.ENTITIES_HEADER ? "an entity" : "a stance row";
        String start = integer(file, lineNumber, span, "start", context);
        String end = integer(file, lineNumber, span, "end", context);
        if (unit == OffsetUnit.UTF16) {
            start = OffsetUnit.utf16ToCodePoint(file, lineNumber, "start", start, offsets);
            end = OffsetUnit.utf16ToCodePoint(file, lineNumber, "end", end, offsets);
        }
        List<String> fields = new ArrayList<>();
        for (String column : header) {
            fields.add(switch (column) {
                case "doc_id" -> document.id();
                case "start" -> start;
                case "end" -> end;
                case "text" -> span.has("text") ? requiredText(file, lineNumber, span, "text", context)
                        : sliceOrEmpty(offsets, start, end);
                case "holder" -> span.has("holder") ? requiredText(file, lineNumber, span, "holder", context) : "";
                default -> requiredText(file, lineNumber, span, column, context);
            });
        }
        return GoldRow.fields(file, lineNumber, header, fields);
    }

    private static String sliceOrEmpty(CodePointOffsets offsets, String start, String end) {
        int from = Integer.parseInt(start);
        int to = Integer.parseInt(end);
        return from >= 0 && from < to && to <= offsets.codePointLength()
                ? offsets.slice(new Span(from, to)) : "";
    }

    private static String integer(String file, long lineNumber, JsonNode node, String field, String context)
            throws InvalidInputException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidInputException(file, lineNumber, 0, "field '" + field + "' of " + context
                    + " is " + (value == null ? "missing" : value + ", not a whole number"));
        }
        return String.valueOf(value.intValue());
    }

    private static String requiredText(String file, long lineNumber, JsonNode node, String field, String context)
            throws InvalidInputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidInputException(file, lineNumber, 0, "field '" + field + "'"
                    + (context.isEmpty() ? "" : " of " + context) + " is "
                    + (value == null ? "missing" : value + ", not a string"));
        }
        return value.textValue();
    }
}
