package org.newsbench.evaluation.gold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * Reads and validates a corpus with its gold files, failing on the first wrong row with file:line:column and what is
 * wrong. The rules are those of the annotation spec (gold/GUIDELINES.md).
 */
public final class GoldCorpusReader {

    public static final List<String> ENTITIES_HEADER = List.of("doc_id", "start", "end", "type", "text");
    public static final List<String> STANCE_HEADER = List.of("doc_id", "start", "end", "target", "stance", "holder");
    public static final List<String> TARGETS_HEADER = List.of("target", "alias");
    public static final Set<String> DEFAULT_ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final CorpusReader corpusReader;
    private final Set<String> entityTypes;

    public GoldCorpusReader(CorpusReader corpusReader, Set<String> entityTypes) {
        this.corpusReader = corpusReader;
        this.entityTypes = Set.copyOf(entityTypes);
    }

    public GoldCorpusReader() {
        this(new CorpusReader(), DEFAULT_ENTITY_TYPES);
    }

    /** Reads everything {@code source} names; the gold CSVs must exist. */
    public GoldCorpus read(GoldSource source) throws InvalidInputException {
        List<Document> documents = corpusReader.read(source.corpusDirectory());
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(document.id(), document));
        List<StanceTarget> targets = readTargets(source.targetsCsv());
        List<EntityMention> entities = readEntities(source.entitiesCsv(), byId);
        List<LabelledStance> stances = readStance(source.stanceCsv(), byId, targets);
        return new GoldCorpus(documents, entities, stances, targets);
    }

    /** Reads a targets file ({@code target,alias}); targets in order of first appearance. */
    public List<StanceTarget> readTargets(Path file) throws InvalidInputException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read(file, TARGETS_HEADER)) {
            String target = row.get("target");
            String alias = row.get("alias");
            if (target.isBlank()) {
                throw row.error("target", "is empty");
            }
            if (alias.isBlank()) {
                throw row.error("alias", "is empty");
            }
            aliases.computeIfAbsent(target, key -> new ArrayList<>()).add(alias);
        }
        if (aliases.isEmpty()) {
            throw new InvalidInputException(file.toString(), "names no target");
        }
        List<StanceTarget> targets = new ArrayList<>();
        aliases.forEach((target, names) -> targets.add(new StanceTarget(target, names)));
        return targets;
    }

    /** Reads and validates an entities file against the documents. */
    public List<EntityMention> readEntities(Path file, Map<String, Document> documents) throws InvalidInputException {
        Map<String, CodePointOffsets> offsets = new HashMap<>();
        Map<String, TreeMap<Span, CsvTable.Row>> spansByDocument = new HashMap<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, ENTITIES_HEADER)) {
            Document document = knownDocument(row, documents);
            Span span = span(row, offsets.computeIfAbsent(document.id(), id -> document.offsets()));
            String type = row.get("type");
            if (!entityTypes.contains(type)) {
                throw row.error("type", "unknown type '" + type + "'; expected one of " + new TreeSet<>(entityTypes));
            }
            checkText(row, offsets.get(document.id()), span);
            TreeMap<Span, CsvTable.Row> spans = spansByDocument.computeIfAbsent(document.id(), id -> new TreeMap<>());
            rejectOverlap(row, span, spans, CsvTable.Row::line);
            spans.put(span, row);
            mentions.add(new EntityMention(document.id(), span, type, row.get("text")));
        }
        mentions.sort(Comparator.comparing(EntityMention::docId).thenComparing(EntityMention::span));
        return mentions;
    }

    /** Reads and validates a stance file: one row per sentence and target, sentences covering every document. */
    public List<LabelledStance> readStance(Path file, Map<String, Document> documents, List<StanceTarget> targets)
            throws InvalidInputException {
        Map<String, StanceTarget> targetsById = new LinkedHashMap<>();
        targets.forEach(target -> targetsById.put(target.id(), target));
        Map<String, CodePointOffsets> offsets = new HashMap<>();
        Map<String, TreeMap<Span, Map<String, CsvTable.Row>>> sentences = new TreeMap<>();
        List<LabelledStance> stances = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, STANCE_HEADER)) {
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
            if (label == StanceLabel.NONE && !holder.isEmpty()) {
                throw row.error("holder", "must be empty for NONE, got '" + holder + "'");
            }
            if (label != StanceLabel.NONE && holder.isBlank()) {
                throw row.error("holder", "is empty; a " + label + " row names who holds the stance, or AUTHOR");
            }
            TreeMap<Span, Map<String, CsvTable.Row>> documentSentences =
                    sentences.computeIfAbsent(document.id(), id -> new TreeMap<>());
            Map<String, CsvTable.Row> rowsByTarget = documentSentences.get(span);
            if (rowsByTarget == null) {
                rejectOverlap(row, span, documentSentences,
                        rows -> rows.values().iterator().next().line());
                rowsByTarget = new LinkedHashMap<>();
                documentSentences.put(span, rowsByTarget);
            }
            CsvTable.Row earlier = rowsByTarget.putIfAbsent(target.id(), row);
            if (earlier != null) {
                throw row.error("target", "second row for sentence " + span + " and target " + target.id()
                        + " (first on line " + earlier.line() + ")");
            }
            stances.add(new LabelledStance(new StanceInstance(document.id(), span, target), label, holder));
        }
        checkEveryTargetAndDocument(file, documents, targetsById.keySet(), sentences);
        checkSentencesCoverText(file, documents, sentences);
        stances.sort(Comparator.comparing((LabelledStance stance) -> stance.instance().docId())
                .thenComparing(stance -> stance.instance().span())
                .thenComparing(stance -> List.copyOf(targetsById.keySet()).indexOf(stance.instance().target().id())));
        return stances;
    }

    private static void checkEveryTargetAndDocument(Path file, Map<String, Document> documents, Set<String> targetIds,
                                                    Map<String, TreeMap<Span, Map<String, CsvTable.Row>>> sentences)
            throws InvalidInputException {
        for (String docId : documents.keySet()) {
            if (!sentences.containsKey(docId)) {
                throw new InvalidInputException(file.toString(), "document '" + docId + "' has no stance rows");
            }
            for (Map.Entry<Span, Map<String, CsvTable.Row>> sentence : sentences.get(docId).entrySet()) {
                if (!sentence.getValue().keySet().equals(targetIds)) {
                    Set<String> missing = new TreeSet<>(targetIds);
                    missing.removeAll(sentence.getValue().keySet());
                    CsvTable.Row first = sentence.getValue().values().iterator().next();
                    throw first.error("sentence " + docId + " " + sentence.getKey() + " has no row for target(s) "
                            + missing);
                }
            }
        }
    }

    /** Every character that is not white space belongs to some sentence: no sentence was skipped. */
    private static void checkSentencesCoverText(Path file, Map<String, Document> documents,
                                                Map<String, TreeMap<Span, Map<String, CsvTable.Row>>> sentences)
            throws InvalidInputException {
        for (Map.Entry<String, TreeMap<Span, Map<String, CsvTable.Row>>> entry : sentences.entrySet()) {
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

    private static void checkGapIsSpace(Path file, Document document, int[] codePoints, int from, int to)
            throws InvalidInputException {
        for (int i = from; i < to; i++) {
            if (!isSpace(codePoints[i])) {
                int end = Math.min(to, i + 40);
                throw new InvalidInputException(file.toString(), "document '" + document.id() + "': text at code point "
                        + i + " belongs to no sentence: '" + new String(codePoints, i, end - i) + "'");
            }
        }
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static Document knownDocument(CsvTable.Row row, Map<String, Document> documents)
            throws InvalidInputException {
        Document document = documents.get(row.get("doc_id"));
        if (document == null) {
            throw row.error("doc_id", "unknown document '" + row.get("doc_id") + "'; the corpus has "
                    + documents.size() + " documents (" + String.join(", ", documents.keySet()) + ")");
        }
        return document;
    }

    private static Span span(CsvTable.Row row, CodePointOffsets offsets) throws InvalidInputException {
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

    private static void checkText(CsvTable.Row row, CodePointOffsets offsets, Span span) throws InvalidInputException {
        String actual = offsets.slice(span);
        if (!actual.equals(row.get("text"))) {
            throw row.error("text", "is '" + row.get("text") + "' but the document has '" + actual + "' at " + span);
        }
    }

    private static <V> void rejectOverlap(CsvTable.Row row, Span span, TreeMap<Span, V> spans,
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
