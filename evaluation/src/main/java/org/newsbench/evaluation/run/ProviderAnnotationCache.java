package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.gold.GoldCorpus;

/**
 * The {@link AnnotationCache} as one provider's run uses it: which key a document's output has (everything the output
 * can depend on), and whole-document lookups and stores over the selected tasks. Output is only cached when the
 * stance questions come from the gold: questions a backend asks itself are not known before it is loaded.
 */
final class ProviderAnnotationCache {

    private final AnnotationCache cache;
    private final ProviderDescriptor description;
    private final String codeFingerprint;
    private final ProviderConfiguration configuration;
    private final Set<Task> tasks;
    private final boolean questionsNeedAnnotator;

    ProviderAnnotationCache(AnnotationCache cache, ProviderDescriptor description, String codeFingerprint,
                            ProviderConfiguration configuration, Set<Task> tasks, boolean questionsNeedAnnotator) {
        this.cache = cache;
        this.description = description;
        this.codeFingerprint = codeFingerprint;
        this.configuration = configuration;
        this.tasks = Set.copyOf(tasks);
        this.questionsNeedAnnotator = questionsNeedAnnotator;
    }

    /** What a fit can depend on: the training documents with all their gold. */
    static String trainingKey(GoldCorpus training) {
        return AnnotationCache.key(List.of(training.documents().toString(),
                training.documents().stream().map(Document::text).toList().toString(),
                training.entities().toString(), training.stances().toString()));
    }

    /** @param trainingKey {@link #trainingKey} of the fold's training gold, or {@code pretrained} */
    String keyFor(Document document, String trainingKey, Optional<List<StanceInstance>> goldQuestions) {
        List<String> parts = new ArrayList<>(List.of(description.id(), description.version(),
                description.library(), description.libraryVersion(), codeFingerprint,
                configuration.values().toString(),
                tasks.toString(), document.id(), document.text(), trainingKey));
        if (tasks.contains(Task.STANCE)) {
            parts.add(String.valueOf(goldQuestions.orElse(null)));
        }
        return AnnotationCache.key(parts);
    }

    /** The document's whole output for the selected tasks, if every task's part is cached. */
    Optional<DocumentAnnotations> restore(DocumentJob job) {
        if (questionsNeedAnnotator || (tasks.contains(Task.STANCE) && job.goldQuestions().isEmpty())) {
            return Optional.empty();
        }
        List<EntityMention> entities = List.of();
        List<StancePrediction> stances = List.of();
        if (tasks.contains(Task.ENTITIES)) {
            Optional<List<EntityMention>> cached = cache.entities(description.id(), job.cacheKey() + "-entities",
                    job.document());
            if (cached.isEmpty()) {
                return Optional.empty();
            }
            entities = cached.get();
        }
        if (tasks.contains(Task.STANCE)) {
            Optional<List<StancePrediction>> cached = cache.stances(description.id(), job.cacheKey() + "-stance",
                    job.goldQuestions().get());
            if (cached.isEmpty()) {
                return Optional.empty();
            }
            stances = cached.get();
        }
        return Optional.of(new DocumentAnnotations(entities, stances));
    }

    /**
     * The diagnostics of an earlier run that annotated exactly these documents, so that a run answered wholly from the
     * cache reports what the backend noticed, as the first run did.
     */
    Optional<AnnotatorDiagnostics> restoreDiagnostics(List<DocumentJob> jobs) {
        return questionsNeedAnnotator ? Optional.empty()
                : cache.diagnostics(description.id(), diagnosticsKey(jobs));
    }

    /** Stores the diagnostics of a run that annotated every one of {@code jobs}. */
    void storeDiagnostics(List<DocumentJob> jobs, AnnotatorDiagnostics diagnostics) {
        if (!questionsNeedAnnotator) {
            cache.putDiagnostics(description.id(), diagnosticsKey(jobs), diagnostics);
        }
    }

    private static String diagnosticsKey(List<DocumentJob> jobs) {
        return AnnotationCache.key(jobs.stream().map(DocumentJob::cacheKey).sorted().toList()) + "-diagnostics";
    }

    void store(DocumentJob job, DocumentAnnotations annotations) {
        if (questionsNeedAnnotator) {
            return;
        }
        if (tasks.contains(Task.ENTITIES)) {
            cache.putEntities(description.id(), job.cacheKey() + "-entities", annotations.entities());
        }
        if (tasks.contains(Task.STANCE)) {
            cache.putStances(description.id(), job.cacheKey() + "-stance", annotations.stances());
        }
    }
}
