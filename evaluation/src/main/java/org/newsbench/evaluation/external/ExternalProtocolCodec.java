package org.newsbench.evaluation.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelMapping;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.TrainingSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of the external-backend protocol (README, "Plug in a backend written in any language"): writes document
 * requests and fit messages, checks that a response answers its request, and reads entities and stance answers into
 * the API's types, converting offsets from the backend's unit and mapping labels.
 *
 * <p>Requests escape every non-ASCII character ({@code \ud83d\ude00}), so a backend reads them correctly whatever its
 * default encoding. Thread-safe.
 */
final class ExternalProtocolCodec {

    /** Longest excerpt of a bad response quoted in a message. */
    static final int EXCERPT_LENGTH = 200;

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final OffsetUnit unit;
    private final LabelMapping labels;

    /** @param labels maps the backend's entity types to the gold's; null passes them through unchanged */
    ExternalProtocolCodec(OffsetUnit unit, LabelMapping labels) {
        this.unit = unit;
        this.labels = labels;
    }

    /** {@code {"id", "text", "tasks", "stance": [questions]}}; the stance questions only when stance is asked. */
    ExternalRequest documentRequest(Document document, Task task, List<StanceInstance> questions) {
        CodePointOffsets offsets = document.offsets();
        ObjectNode request = JSON.createObjectNode();
        request.put("id", document.id());
        request.put("text", document.text());
        request.putArray("tasks").add(task.name().toLowerCase(Locale.ROOT));
        if (task == Task.STANCE) {
            ArrayNode stance = request.putArray("stance");
            for (StanceInstance question : questions) {
                ObjectNode node = stance.addObject();
                putSpan(node, offsets, question.span());
                node.put("target", question.target().id());
                ArrayNode aliases = node.putArray("aliases");
                question.target().aliases().forEach(aliases::add);
            }
        }
        return new ExternalRequest(document.id(), write(request));
    }

    /** {@code {"op": "fit", "documents": [{"id", "text", "entities", "stance"}]}} with the documents' gold. */
    ExternalRequest fitRequest(TrainingSet trainingSet) {
        Map<String, List<EntityMention>> entities = trainingSet.entities().stream()
                .collect(Collectors.groupingBy(EntityMention::docId));
        Map<String, List<LabelledStance>> stances = trainingSet.stances().stream()
                .collect(Collectors.groupingBy(stance -> stance.instance().docId()));
        ObjectNode request = JSON.createObjectNode();
        request.put("op", "fit");
        ArrayNode documents = request.putArray("documents");
        for (Document document : trainingSet.documents()) {
            CodePointOffsets offsets = document.offsets();
            ObjectNode node = documents.addObject();
            node.put("id", document.id());
            node.put("text", document.text());
            ArrayNode entityNodes = node.putArray("entities");
            for (EntityMention mention : entities.getOrDefault(document.id(), List.of())) {
                ObjectNode entity = entityNodes.addObject();
                putSpan(entity, offsets, mention.span());
                entity.put("type", mention.type());
            }
            ArrayNode stanceNodes = node.putArray("stance");
            for (LabelledStance labelled : stances.getOrDefault(document.id(), List.of())) {
                ObjectNode stance = stanceNodes.addObject();
                putSpan(stance, offsets, labelled.instance().span());
                stance.put("target", labelled.instance().target().id());
                stance.put("stance", labelled.label().name());
                stance.put("holder", labelled.holder());
            }
        }
        return new ExternalRequest(null, write(request));
    }

    /**
     * The response to {@code request}, checked to be one JSON object answering it (same {@code id}, or
     * {@code "op": "fit"}).
     *
     * @throws MalformedResponseException naming what was read (bounded) when it is not
     */
    JsonNode parseResponse(ExternalRequest request, String line) throws MalformedResponseException {
        JsonNode response;
        try {
            response = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("backend answered " + request.subject() + " with " + excerpt(line)
                    + ", which is not JSON");
        }
        if (response == null || !response.isObject()) {
            throw new MalformedResponseException("backend answered " + request.subject() + " with " + excerpt(line)
                    + ", which is not a JSON object");
        }
        if (request.isFit()) {
            if (!"fit".equals(response.path("op").asText(null)) && !response.has("error")) {
                throw new MalformedResponseException("backend answered the fit message with " + excerpt(line)
                        + ", which has no \"op\": \"fit\"");
            }
        } else if (!request.documentId().equals(response.path("id").asText(null))) {
            throw new MalformedResponseException("backend answered " + request.subject() + " with " + excerpt(line)
                    + ", whose \"id\" is not \"" + request.documentId() + "\"");
        }
        return response;
    }

    /** Fails with the backend's {@code "error"} when the response has one. */
    static void requireNoError(ExternalRequest request, JsonNode response) throws AnnotationException {
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            throw new AnnotationException("backend reported an error for " + request.subject() + ": "
                    + bounded(error.isTextual() ? error.asText() : error.toString()));
        }
    }

    /** The response's {@code entities}, as code-point mentions of {@code document} with mapped types. */
    List<EntityMention> entities(Document document, JsonNode response) throws AnnotationException {
        JsonNode nodes = array(response, "entities");
        CodePointOffsets offsets = document.offsets();
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String where = "entity " + (i + 1) + " " + bounded(node.toString());
            Span span = span(node, offsets, where);
            String backendType = text(node, "type", where);
            Optional<String> type = labels == null ? Optional.of(backendType) : labels.map(backendType);
            if (type.isPresent()) {
                mentions.add(EntityMention.of(document, offsets, span, type.get(), backendType));
            }
        }
        return mentions;
    }

    /**
     * The response's {@code stance} answers, in the order given. Each answer names its sentence and target; the
     * runner checks that they are the questions asked, one answer each.
     */
    List<StancePrediction> stances(Document document, List<StanceInstance> asked, JsonNode response)
            throws AnnotationException {
        JsonNode nodes = array(response, "stance");
        CodePointOffsets offsets = document.offsets();
        Map<String, StanceTarget> targets = asked.stream().map(StanceInstance::target)
                .collect(Collectors.toMap(StanceTarget::id, Function.identity(), (a, b) -> a));
        List<StancePrediction> predictions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String where = "stance answer " + (i + 1) + " " + bounded(node.toString());
            Span span = span(node, offsets, where);
            String targetId = text(node, "target", where);
            StanceTarget target = targets.getOrDefault(targetId, new StanceTarget(targetId, List.of()));
            String label = text(node, "stance", where);
            StanceLabel stance;
            try {
                stance = StanceLabel.valueOf(label.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new AnnotationException(where + ": unknown stance '" + label
                        + "'; expected FAVOR, AGAINST or NONE");
            }
            JsonNode confidence = node.get("confidence");
            if (confidence != null && !confidence.isNull() && !confidence.isNumber()) {
                throw new AnnotationException(where + ": confidence must be a number");
            }
            predictions.add(new StancePrediction(new StanceInstance(document.id(), span, target), stance,
                    confidence == null || confidence.isNull() ? OptionalDouble.empty()
                            : OptionalDouble.of(confidence.asDouble())));
        }
        return predictions;
    }

    /** Fails unless the fit response says {@code "ok": true}. */
    static void requireFitted(ExternalRequest request, JsonNode response) throws AnnotationException {
        requireNoError(request, response);
        if (!response.path("ok").asBoolean(false)) {
            throw new AnnotationException("backend answered the fit message without \"ok\": true: "
                    + bounded(response.toString()));
        }
    }

    private void putSpan(ObjectNode node, CodePointOffsets offsets, Span span) {
        node.put("start", unit.toWire(offsets, span.start()));
        node.put("end", unit.toWire(offsets, span.end()));
    }

    private Span span(JsonNode node, CodePointOffsets offsets, String where) throws AnnotationException {
        JsonNode start = node.get("start");
        JsonNode end = node.get("end");
        if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()
                || !start.isIntegralNumber() || !end.isIntegralNumber()) {
            throw new AnnotationException(where + ": \"start\" and \"end\" must be integers");
        }
        try {
            return new Span(unit.fromWire(offsets, start.asInt()), unit.fromWire(offsets, end.asInt()));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new AnnotationException(where + ": " + e.getMessage() + " ("
                    + unit.name().toLowerCase(Locale.ROOT) + " offsets)");
        }
    }

    private static String text(JsonNode node, String field, String where) throws AnnotationException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new AnnotationException(where + ": \"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    private static JsonNode array(JsonNode response, String field) throws AnnotationException {
        JsonNode nodes = response.get(field);
        if (nodes == null || !nodes.isArray()) {
            throw new AnnotationException("backend response has no \"" + field + "\" array: "
                    + bounded(response.toString()));
        }
        return nodes;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON request", e);
        }
    }

    /** {@code 'the text'} cut to {@link #EXCERPT_LENGTH} characters, or {@code an empty line}. */
    static String excerpt(String line) {
        return line.isEmpty() ? "an empty line" : "'" + bounded(line) + "'";
    }

    static String bounded(String text) {
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "... ("
                + text.length() + " characters)";
    }
}
