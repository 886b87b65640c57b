package org.newsbench.evaluation.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;

/**
 * Reads and validates a corpus with its gold files, failing on the first wrong row with file:line:column and what is
 * wrong. The rules are those of the annotation spec (gold/GUIDELINES.md). The row checks are shared by every gold
 * format: each format turns its lines into {@link GoldRow}s and hands them here.
 *
 * <p>Either gold file may be absent (a corpus labelled for one task only); {@code targets.csv} may be absent too, and
 * then every target of the stance gold is its own alias. Stance gold may label only some (sentence, target) pairs
 * unless {@link GoldReadOptions#requireFullStanceGrid()} asks for the full grid.
 */
public final class GoldCorpusReader {

    public static final List<String> ENTITIES_HEADER = List.of("doc_id", "start", "end", "type", "text");
    /** The column a predictions {@code entities.csv} adds: the library's own label; read back, never required. */
    public static final String SOURCE_LABEL_COLUMN = "source_label";
    public static final List<String> STANCE_HEADER = List.of("doc_id", "start", "end", "target", "stance", "holder");
    public static final List<String> TARGETS_HEADER = List.of("target", "alias");
    public static final Set<String> DEFAULT_ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final CorpusReader corpusReader;
    private final Set<String> entityTypes;
    private final GoldReadOptions options;

    /**
     * @param entityTypes the types accepted after {@link GoldReadOptions#typeMap()}; empty = any type (the gold's own
     *                    type set)
     */
    public GoldCorpusReader(CorpusReader corpusReader, Set<String> entityTypes, GoldReadOptions options) {
        this.corpusReader = corpusReader;
        this.entityTypes = Set.copyOf(entityTypes);
        this.options = options;
    }

    public GoldCorpusReader(CorpusReader corpusReader, Set<String> entityTypes) {
        this(corpusReader, entityTypes, GoldReadOptions.DEFAULT);
    }

    public GoldCorpusReader() {
        this(new CorpusReader(), DEFAULT_ENTITY_TYPES);
    }

    /** Reads everything {@code source} names; at least one of the two gold CSVs must exist. */
    public GoldCorpus read(GoldSource source) throws InvalidInputException {
        boolean hasEntities = exists(source.entitiesCsv());
        boolean hasStance = exists(source.stanceCsv());
        if (!hasEntities && !hasStance) {
            throw new InvalidInputException(String.valueOf(source.entitiesCsv()), "no gold: neither this file nor "
                    + source.stanceCsv() + " exists");
        }
        List<Document> documents = corpusReader.read(source.corpusDirectory());
        Map<String, Document> byId = byId(documents);
        Path targetsFile = options.targetsFile() != null ? options.targetsFile()
                : exists(source.targetsCsv()) ? source.targetsCsv() : null;
        List<StanceTarget> targets = targetsFile != null ? readTargets(targetsFile) : List.of();
        List<EntityMention> entities = hasEntities ? readEntities(source.entitiesCsv(), byId) : List.of();
        List<LabelledStance> stances = List.of();
        if (hasStance) {
            List<GoldRow> rows = CsvTable.read(source.stanceCsv(), STANCE_HEADER);
            if (targetsFile == null) {
                targets = targetsOf(rows);
            }
            stances = stanceFromRows(source.stanceCsv().toString(), rows, byId, targets);
        }
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        if (hasEntities) {
            tasks.add(Task.ENTITIES);
        }
        if (hasStance) {
            tasks.add(Task.STANCE);
        }
        return new GoldCorpus(documents, entities, stances, targets,
                new GoldDescription(CsvGoldFormat.NAME, String.valueOf(source.corpusDirectory()), tasks, List.of()));
    }

    private static boolean exists(Path file) {
        return file != null && Files.exists(file);
    }

    static Map<String, Document> byId(List<Document> documents) {
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(document.id(), document));
        return byId;
    }

    /** Reads a targets file ({@code target,alias}); targets in order of first appearance; an empty alias = the id. */
    public List<StanceTarget> readTargets(Path file) throws InvalidInputException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (GoldRow row : CsvTable.read(file, TARGETS_HEADER)) {
            String target = row.get("target");
            String alias = row.get("alias");
            if (target.isBlank()) {
                throw row.error("target", "is empty");
            }
            aliases.computeIfAbsent(target, key -> new ArrayList<>()).add(alias.isBlank() ? target : alias);
        }
        if (aliases.isEmpty()) {
            throw new InvalidInputException(file.toString(), "names no target");
        }
        List<StanceTarget> targets = new ArrayList<>();
        aliases.forEach((target, names) -> targets.add(new StanceTarget(target, names)));
        return targets;
    }

    /** Each renamed type's name as scored to its name in the entity rows, for writing predictions back. */
    static Map<String, String> typeNamesInSource(List<GoldRow> entityRows, EntityTypeMap typeMap) {
        Map<String, String> names = new TreeMap<>();
        for (GoldRow row : entityRows) {
            String written = row.get("type");
            String scored = typeMap.apply(written);
            if (!scored.equals(written)) {
                names.putIfAbsent(scored, written);
            }
        }
        return names;
    }

    /** The targets the stance rows name, in order of first appearance, each its own alias. */
    static List<StanceTarget> targetsOf(List<GoldRow> stanceRows) {
        Set<String> ids = new LinkedHashSet<>();
        stanceRows.forEach(row -> ids.add(row.get("target")));
        ids.remove("");
        return ids.stream().map(id -> new StanceTarget(id, List.of(id))).toList();
    }

    /** Reads and validates an entities file against the documents. */
    public List<EntityMention> readEntities(Path file, Map<String, Document> documents) throws InvalidInputException {
        return entitiesFromRows(CsvTable.read(file, ENTITIES_HEADER, List.of(SOURCE_LABEL_COLUMN)), documents);
    }

    /** Validates entity rows ({@link #ENTITIES_HEADER} fields) against the documents; mentions sorted by offset. */
    List<EntityMention> entitiesFromRows(List<GoldRow> rows, Map<String, Document> documents)
            throws InvalidInputException {
        Map<String, CodePointOffsets> offsets = new HashMap<>();
        Map<String, TreeMap<Span, GoldRow>> spansByDocument = new HashMap<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (GoldRow row : rows) {
            Document document = knownDocument(row, documents);
            Span span = span(row, offsets.computeIfAbsent(document.id(), id -> document.offsets()));
            String type = options.typeMap().apply(row.get("type"));
            if (type.isBlank()) {
                throw row.error("type", "is empty");
            }
            if (!entityTypes.isEmpty() && !entityTypes.contains(type)) {
                throw row.error("type", "unknown type '" + type + "'; expected one of " + new TreeSet<>(entityTypes)
                        + " (--type-map renames types)");
            }
            checkText(row, offsets.get(document.id()), span);
            TreeMap<Span, GoldRow> spans = spansByDocument.computeIfAbsent(document.id(), id -> new TreeMap<>());
            rejectOverlap(row, span, spans, GoldRow::line);
            spans.put(span, row);
            String sourceLabel = row.header().contains(SOURCE_LABEL_COLUMN) ? row.get(SOURCE_LABEL_COLUMN) : type;
            mentions.add(new EntityMention(document.id(), span, type, row.get("text"), sourceLabel));
        }
        mentions.sort(Comparator.comparing(EntityMention::docId).thenComparing(EntityMention::span));
        return mentions;
    }

    /** Reads and validates a stance file against the documents and targets. */
    public List<LabelledStance> readStance(Path file, Map<String, Document> documents, List<StanceTarget> targets)
            throws InvalidInputException {
        return stanceFromRows(file.toString(), CsvTable.read(file, STANCE_HEADER), documents, targets);
    }

    /**
     * Validates stance rows ({@link #STANCE_HEADER} fields): at most one row per sentence and target, sentences that do
     * not overlap; with {@link GoldReadOptions#requireFullStanceGrid()}, one row per sentence and target, sentences
     * covering every document.
     */
    List<LabelledStance> stanceFromRows(String file, List<GoldRow> rows, Map<String, Document> documents,
                                        List<StanceTarget> targets) throws InvalidInputException {
        Map<String, StanceTarget> targetsById = new LinkedHashMap<>();
        targets.forEach(target -> targetsById.put(target.id(), target));
        Map<String, Integer> targetOrder = new HashMap<>();
        targets.forEach(target -> targetOrder.put(target.id(), targetOrder.size()));
        Map<String, CodePointOffsets> offsets = new HashMap<>();
        Map<String, TreeMap<Span, Map<String, GoldRow>>> sentences = new TreeMap<>();
        List<LabelledStance> stances = new ArrayList<>();
        for (GoldRow row : rows) {
            Document document = knownDocument(row, documents);
            CodePointOffsets documentOffsets = offsets.computeIfAbsent(document.id(), id -> document.offsets());
            Span span = span(row, documentOffsets);
            String sentence = documentOffsets.slice(span);
            if (isSpace(sentence.codePointAt(0)) || isSpace(sentence.codePointBefore(sentence.length()))) {
                throw row.error("start", "sentence " + span + " starts or ends with white space: '" + sentence + "'");
            }
            StanceTarget target = targetsById.get(row.get("target"));
            if (target == null) {
                throw row.error("target", "unknown target '" + row.get("target") + "'; expected one of "
                        + targetsById.keySet());
            }
            StanceLabel label;
            try {
                label = StanceLabel.valueOf(row.get("stance"));
            } catch (IllegalArgumentException e) {
                throw row.error("stance", "unknown label '" + row.get("stance") + "'; expected FAVOR, AGAINST or NONE");
            }
            String holder = row.get("holder");
            if (options.holderRequired() && label == StanceLabel.NONE && !holder.isEmpty()) {
                throw row.error("holder", "must be empty for NONE, got '" + holder + "'");
            }
            if (options.holderRequired() && label != StanceLabel.NONE && holder.isBlank()) {
                throw row.error("holder", "is empty; a row labelled " + label + " names who holds the stance, or AUTHOR");
            }
            TreeMap<Span, Map<String, GoldRow>> documentSentences =
                    sentences.computeIfAbsent(document.id(), id -> new TreeMap<>());
            Map<String, GoldRow> rowsByTarget = documentSentences.get(span);
            if (rowsByTarget == null) {
                rejectOverlap(row, span, documentSentences,
                        byTarget -> byTarget.values().iterator().next().line());
                rowsByTarget = new LinkedHashMap<>();
                documentSentences.put(span, rowsByTarget);
            }
            GoldRow earlier = rowsByTarget.putIfAbsent(target.id(), row);
            if (earlier != null) {
                throw row.error("target", "second row for sentence " + span + " and target " + target.id()
                        + " (first on line " + earlier.line() + ")");
            }
            stances.add(new LabelledStance(new StanceInstance(document.id(), span, target), label, holder));
        }
        if (options.requireFullStanceGrid()) {
            checkEveryTargetAndDocument(file, documents, targetsById.keySet(), sentences);
            checkSentencesCoverText(file, documents, sentences);
        }
        stances.sort(Comparator.comparing((LabelledStance stance) -> stance.instance().docId())
                .thenComparing(stance -> stance.instance().span())
                .thenComparing(stance -> targetOrder.get(stance.instance().target().id())));
        return stances;
    }

    private static void checkEveryTargetAndDocument(String file, Map<String, Document> documents, Set<String> targetIds,
                                                    Map<String, TreeMap<Span, Map<String, GoldRow>>> sentences)
            throws InvalidInputException {
        for (String docId : documents.keySet()) {
            if (!sentences.containsKey(docId)) {
                throw new InvalidInputException(file, "document '" + docId + "' has no stance rows");
            }
            for (Map.Entry<Span, Map<String, GoldRow>> sentence : sentences.get(docId).entrySet()) {
                if (!sentence.getValue().keySet().equals(targetIds)) {
                    Set<String> missing = new TreeSet<>(targetIds);
                    missing.removeAll(sentence.getValue().keySet());
                    GoldRow first = sentence.getValue().values().iterator().next();
                    throw first.error("sentence " + docId + " " + sentence.getKey() + " has no row for target(s) "
                            + missing);
                }
            }
        }
    }

    /** Every character that is not white space belongs to some sentence: no sentence was skipped. */
    private static void checkSentencesCoverText(String file, Map<String, Document> documents,
                                                Map<String, TreeMap<Span, Map<String, GoldRow>>> sentences)
            throws InvalidInputException {
        for (Map.Entry<String, TreeMap<Span, Map<String, GoldRow>>> entry : sentences.entrySet()) {
            Document document = documents.get(entry.getKey());
            int[] codePoints = document.text().codePoints().toArray();
            int covered = 0;
            for (Span span : entry.getValue().keySet()) {
                checkGapIsSpace(file, document, codePoints, covered, span.start());
                covered = span.end();
            }
            checkGapIsSpace(file, document, codePoints, covered, codePoints.length);
        }
    }

    private static void checkGapIsSpace(String file, Document document, int[] codePoints, int from, int to)
            throws InvalidInputException {
        for (int i = from; i < to; i++) {
            if (!isSpace(codePoints[i])) {
                int end = Math.min(to, i + 40);
                throw new InvalidInputException(file, "document '" + document.id() + "': text at code point "
                        + i + " belongs to no sentence: '" + new String(codePoints, i, end - i) + "'");
            }
        }
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static Document knownDocument(GoldRow row, Map<String, Document> documents)
            throws InvalidInputException {
        Document document = documents.get(row.get("doc_id"));
        if (document == null) {
            List<String> ids = List.copyOf(documents.keySet());
            throw row.error("doc_id", "unknown document '" + row.get("doc_id") + "'; the corpus has "
                    + documents.size() + " documents (" + String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                    + (ids.size() > 5 ? ", ..." : "") + ")");
        }
        return document;
    }

    private static Span span(GoldRow row, CodePointOffsets offsets) throws InvalidInputException {
        int start = row.getInt("start");
        int end = row.getInt("end");
        if (start < 0) {
            throw row.error("start", "is negative: " + start);
        }
        if (end <= start) {
            throw row.error("end", "end " + end + " is not after start " + start);
        }
        if (end > offsets.codePointLength()) {
            throw row.error("end", "end " + end + " is past the end of document '" + row.get("doc_id") + "' ("
                    + offsets.codePointLength() + " code points)");
        }
        return new Span(start, end);
    }

    private static void checkText(GoldRow row, CodePointOffsets offsets, Span span) throws InvalidInputException {
        String actual = offsets.slice(span);
        if (!actual.equals(row.get("text"))) {
            throw row.error("text", "is '" + row.get("text") + "' but the document has '" + actual + "' at " + span);
        }
    }

    private static <V> void rejectOverlap(GoldRow row, Span span, TreeMap<Span, V> spans,
                                          Function<V, Long> lineOf) throws InvalidInputException {
        // The spans already accepted never overlap, so only the two neighbours in start order can.
        for (Map.Entry<Span, V> neighbour : List.of(Optional.ofNullable(spans.floorEntry(span)),
                Optional.ofNullable(spans.ceilingEntry(span))).stream().flatMap(Optional::stream).toList()) {
            if (neighbour.getKey().overlaps(span)) {
                throw row.error("start", span + " overlaps " + neighbour.getKey() + " (line "
                        + lineOf.apply(neighbour.getValue()) + ")");
            }
        }
    }
}
