package org.newsbench.evaluation.external;

import java.util.List;
import java.util.Map;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelMapping;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The annotator of an external provider: one protocol request per document and task, through its
 * {@link BackendClient}. Any failure of a document (timeout, crash, garbage, an {@code "error"} response, output that
 * breaks the protocol) is an {@link AnnotationException} naming why, so the run records that document and goes on.
 */
class ExternalAnnotator implements EntityAnnotator, StanceAnnotator {

    final BackendClient client;
    final ExternalProtocolCodec codec;
    private final LabelMapping labels;

    ExternalAnnotator(BackendClient client, ExternalProtocolCodec codec, LabelMapping labels) {
        this.client = client;
        this.codec = codec;
        this.labels = labels;
    }

    @Override
    public List<EntityMention> annotateEntities(Document document) throws AnnotationException {
        ExternalRequest request = codec.documentRequest(document, Task.ENTITIES, List.of());
        return codec.entities(document, answer(request));
    }

    @Override
    public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances)
            throws AnnotationException {
        ExternalRequest request = codec.documentRequest(document, Task.STANCE, instances);
        return codec.stances(document, instances, answer(request));
    }

    private JsonNode answer(ExternalRequest request) throws AnnotationException {
        JsonNode response = client.send(request);
        ExternalProtocolCodec.requireNoError(request, response);
        return response;
    }

    @Override
    public AnnotatorDiagnostics diagnostics() {
        return new AnnotatorDiagnostics(labels == null ? Map.of() : labels.droppedCounts(), client.notes());
    }

    @Override
    public void close() {
        client.close();
    }
}
