package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.spi.ProviderDescriptor;

/**
 * Gathers one provider's output document by document (from the cache or from annotation threads, concurrently) and
 * the documents that failed, then pools them into a {@link ProviderRun} in document order, whatever order they
 * finished in.
 */
final class PredictionCollector {

    private final Map<String, DocumentAnnotations> byDocument = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    void succeeded(String docId, DocumentAnnotations annotations) {
        byDocument.put(docId, annotations);
    }

    void failed(String docId, String reason) {
        byDocument.remove(docId);
        failures.put(docId, reason);
    }

    /**
     * @param documentCount documents the provider was given; when all failed, the provider failed
     * @param folds         folds of a cross-validated provider, 0 otherwise
     * @param source        what a provider trained on a separate training set was trained on, else empty
     */
    ProviderRun result(ProviderDescriptor description, int documentCount, Protocol protocol, int folds, String source,
                       AnnotatorDiagnostics diagnostics, RunTiming timing) {
        List<EntityMention> entities = new ArrayList<>();
        List<StancePrediction> stances = new ArrayList<>();
        new TreeMap<>(byDocument).values().forEach(annotations -> {
            entities.addAll(annotations.entities());
            stances.addAll(annotations.stances());
        });
        entities.sort(Comparator.comparing(EntityMention::docId).thenComparing(EntityMention::span)
                .thenComparing(EntityMention::type));
        boolean allFailed = documentCount > 0 && failures.size() == documentCount;
        RunStatus status = allFailed ? RunStatus.FAILED : RunStatus.RAN;
        String reason = allFailed ? "every document failed; first: " + new TreeMap<>(failures).firstEntry().getValue()
                : failures.isEmpty() ? "" : failures.size() + " of " + documentCount + " documents failed";
        return new ProviderRun(description, status, reason, protocol, folds, entities, stances, failures,
                diagnostics, timing, source);
    }
}
