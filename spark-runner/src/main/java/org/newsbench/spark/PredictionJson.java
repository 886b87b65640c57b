package org.newsbench.spark;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.evaluation.run.DocumentAnnotations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One document's predictions as one JSON line, the format of the part files:
 * <pre>{"doc_id":"d1","provider":"corenlp","failure":null,
 *  "entities":[{"start":0,"end":4,"type":"LOCATION","text":"Mali","source_label":"COUNTRY"}],
 *  "stance":[{"start":0,"end":40,"target":"UKRAINE","label":"AGAINST","confidence":0.8}]}</pre>
 * A failed document has {@code "failure":"<reason>"} and empty lists. Offsets are code points, end-exclusive, as in
 * the API; {@code confidence} is null where the backend gives none.
 */
final class PredictionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The line as written: read back with {@link #read}. */
    record Line(@JsonProperty("doc_id") String docId, String provider, String failure, List<Entity> entities, List<Stance> stance) {
    }

    /** {@code source_label}: the library's own label before mapping, as in the predictions CSV. */
    record Entity(int start, int end, String type, String text, @JsonProperty("source_label") String sourceLabel) {
    }

    record Stance(int start, int end, String target, String label, Double confidence) {
    }

    private PredictionJson() {
    }

    static String succeeded(String docId, String providerId, DocumentAnnotations annotations) {
        List<Entity> entities = annotations.entities().stream()
                .map(m -> new Entity(m.span().start(), m.span().end(), m.type(), m.text(), m.sourceLabel())).toList();
        List<Stance> stances = annotations.stances().stream()
                .map(p -> new Stance(p.instance().span().start(), p.instance().span().end(), p.instance().target().id(),
                        p.label().name(), p.confidence().isPresent() ? p.confidence().getAsDouble() : null))
                .toList();
        return write(new Line(docId, providerId, null, entities, stances));
    }

    static String failed(String docId, String providerId, String reason) {
        return write(new Line(docId, providerId, reason, List.of(), List.of()));
    }

    static Line read(String json) {
        try {
            return MAPPER.readValue(json, Line.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line's output as the API's records; {@code targets} gives each stance target by id. */
    static DocumentAnnotations annotations(Line line, Map<String, StanceTarget> targets) {
        List<EntityMention> entities = new ArrayList<>();
        for (Entity entity : line.entities()) {
            entities.add(new EntityMention(line.docId(), new Span(entity.start(), entity.end()), entity.type(),
                    entity.text(), entity.sourceLabel() == null ? entity.type() : entity.sourceLabel()));
        }
        List<StancePrediction> stances = new ArrayList<>();
        for (Stance stance : line.stance()) {
            StanceTarget target = targets.get(stance.target());
            if (target == null) {
                throw new IllegalStateException("document " + line.docId() + ": unknown stance target "
                        + stance.target());
            }
            stances.add(new StancePrediction(new StanceInstance(line.docId(), new Span(stance.start(), stance.end()),
                    target), StanceLabel.valueOf(stance.label()),
                    stance.confidence() == null ? OptionalDouble.empty() : OptionalDouble.of(stance.confidence())));
        }
        return new DocumentAnnotations(entities, stances);
    }

    private static String write(Line line) {
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
