package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.evaluation.io.AtomicFileWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes documents with entity mentions and stance rows as JSON Lines, the JSONL gold format: one
 * {@code {"id", "text", "entities", "stance"}} object a line, code-point offsets. A task given as null is left out of
 * every line; a stance row's holder is left out when empty (predictions have none).
 */
public final class JsonlPredictionsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlPredictionsWriter() {
    }

    /**
     * @param entities  the mentions, or null for no {@code entities} key
     * @param stances   the stance rows, or null for no {@code stance} key
     * @param typeNames type as scored to the name to write, where the gold renamed it
     */
    public static void write(Path file, List<Document> documents, List<EntityMention> entities,
                             List<LabelledStance> stances, Map<String, String> typeNames) throws IOException {
        Map<String, List<Map<String, Object>>> entitiesByDocument = new HashMap<>();
        if (entities != null) {
            for (EntityMention mention : entities) {
                Map<String, Object> span = new LinkedHashMap<>();
                span.put("start", mention.span().start());
                span.put("end", mention.span().end());
                span.put("type", typeNames.getOrDefault(mention.type(), mention.type()));
                span.put("text", mention.text());
                // The library's own label, as the predictions CSV's source_label column; readers ignore it.
                span.put("source_label", mention.sourceLabel());
                entitiesByDocument.computeIfAbsent(mention.docId(), id -> new ArrayList<>()).add(span);
            }
        }
        Map<String, List<Map<String, Object>>> stanceByDocument = new HashMap<>();
        if (stances != null) {
            for (LabelledStance stance : stances) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("start", stance.instance().span().start());
                row.put("end", stance.instance().span().end());
                row.put("target", stance.instance().target().id());
                row.put("stance", stance.label().name());
                if (!stance.holder().isEmpty()) {
                    row.put("holder", stance.holder());
                }
                stanceByDocument.computeIfAbsent(stance.instance().docId(), id -> new ArrayList<>()).add(row);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Document document : documents) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", document.id());
            line.put("text", document.text());
            if (entities != null) {
                line.put("entities", entitiesByDocument.getOrDefault(document.id(), List.of()));
            }
            if (stances != null) {
                line.put("stance", stanceByDocument.getOrDefault(document.id(), List.of()));
            }
            out.append(toJson(line)).append('\n');
        }
        AtomicFileWriter.write(file, out.toString());
    }

    private static String toJson(Map<String, Object> line) throws JsonProcessingException {
        return JSON.writeValueAsString(line);
    }
}
