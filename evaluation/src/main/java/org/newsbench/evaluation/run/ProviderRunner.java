package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.Annotator;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.Task;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;

/**
 * Runs one provider over a corpus: a pretrained provider on every document, a trainable one by k-fold
 * cross-validation (fit on the other folds' documents and gold, annotate the held-out fold, pool). Documents whose
 * output is in the {@link AnnotationCache} are restored; a provider whose every document is cached is not even
 * loaded. The rest are annotated on a {@link ThreadPoolDocumentLoop}, their output checked by
 * {@link BackendOutputCheck}.
 *
 * <p>A document that fails (the backend throws, or returns invalid output) is recorded with the reason, and the other
 * documents go on.
 *
 * <p>With a separate training set ({@link #withSeparateTrainingSet}), a trainable provider is fitted once on all of it
 * and annotates every document instead.
 */
public final class ProviderRunner {

    private final List<Document> documents;
    private final GoldCorpus trainingGold;
    private final StanceQuestions questions;
    private final RunSettings settings;
    private final AnnotationCache cache;
    private final AnnotationProgress progress;
    /** Whether {@code trainingGold} is a separate training set ({@code --train}) rather than the corpus itself. */
    private final boolean separateTrainingSet;

    /**
     * @param trainingGold the gold trainable providers fit on; null when there is none (trainable providers are then
     *                     unavailable)
     */
    public ProviderRunner(List<Document> documents, GoldCorpus trainingGold, StanceQuestions questions,
                          RunSettings settings, AnnotationCache cache, AnnotationProgress progress) {
        this(documents, trainingGold, questions, settings, cache, progress, false);
    }

    private ProviderRunner(List<Document> documents, GoldCorpus trainingGold, StanceQuestions questions,
                           RunSettings settings, AnnotationCache cache, AnnotationProgress progress,
                           boolean separateTrainingSet) {
        this.documents = List.copyOf(documents);
        this.trainingGold = trainingGold;
        this.questions = questions;
        this.settings = settings;
        this.cache = cache;
        this.progress = progress;
        this.separateTrainingSet = separateTrainingSet;
    }

    /** Trainable providers are fitted once on every document of {@code trainingSet}, then annotate every document. */
    public static ProviderRunner withSeparateTrainingSet(List<Document> documents, GoldCorpus trainingSet,
                                                         StanceQuestions questions, RunSettings settings,
                                                         AnnotationCache cache, AnnotationProgress progress) {
        return new ProviderRunner(documents, trainingSet, questions, settings, cache, progress, true);
    }

    public ProviderRun run(DiscoveredProvider discovered) {
        if (discovered.provider() == null) {
            return ProviderRun.notRun(unknownProvider(discovered.id()), RunStatus.FAILED,
                    discovered.availability().reason());
        }
        AnnotatorProvider provider = discovered.provider();
        ProviderDescriptor description;
        try {
            description = provider.descriptor();
        } catch (RuntimeException e) {
            return ProviderRun.notRun(unknownProvider(discovered.id()), RunStatus.FAILED,
                    "describing itself threw " + e);
        }
        if (!discovered.availability().isAvailable()) {
            return ProviderRun.notRun(description, RunStatus.UNAVAILABLE, discovered.availability().reason());
        }
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        tasks.addAll(description.tasks());
        tasks.retainAll(settings.tasks());
        if (tasks.isEmpty()) {
            return ProviderRun.notRun(description, RunStatus.NOT_APPLICABLE, "serves " + taskNames(description.tasks())
                    + "; this run scores " + taskNames(settings.tasks()));
        }
        if (description.needsTraining() && trainingGold == null) {
            return ProviderRun.notRun(description, RunStatus.UNAVAILABLE, "needs training and no gold was given");
        }
        List<Fold> folds;
        try {
            List<String> docIds = documents.stream().map(Document::id).toList();
            folds = !description.needsTraining() ? List.of(new Fold(0, Set.of(), Set.copyOf(docIds)))
                    : separateTrainingSet ? List.of(new Fold(0, trainingGold.documentsById().keySet(), Set.copyOf(docIds)))
                    : CrossValidationFolds.split(docIds, settings.folds());
        } catch (IllegalArgumentException e) {
            return ProviderRun.notRun(description, RunStatus.FAILED, e.getMessage());
        }
        return runFolds(provider, description, tasks, folds);
    }

    private ProviderRun runFolds(AnnotatorProvider provider, ProviderDescriptor description, Set<Task> tasks,
                                 List<Fold> folds) {
        ProviderConfiguration configuration = settings.configurationFor(description.id());
        ProviderAnnotationCache providerCache = new ProviderAnnotationCache(cache, description,
                ProviderCodeFingerprint.of(provider.getClass()), configuration, tasks, questions.needsAnnotator());
        PredictionCollector collector = new PredictionCollector();
        RunStopwatch stopwatch = new RunStopwatch();
        String id = description.id();
        progress.start(id, documents.size());

        List<DocumentJob> jobs = plan(folds, description.needsTraining(), tasks, providerCache);
        Map<Fold, List<DocumentJob>> pending = new LinkedHashMap<>();
        int pendingCount = 0;
        for (DocumentJob job : jobs) {
            Optional<DocumentAnnotations> cached = providerCache.restore(job);
            if (cached.isPresent()) {
                collector.succeeded(job.document().id(), cached.get());
                stopwatch.documentFromCache();
                progress.documentDone(id);
            } else {
                pending.computeIfAbsent(job.fold(), fold -> new ArrayList<>()).add(job);
                pendingCount++;
            }
        }
        AnnotatorDiagnostics diagnostics;
        if (pending.isEmpty()) {
            diagnostics = providerCache.restoreDiagnostics(jobs).orElse(AnnotatorDiagnostics.NONE);
        } else {
            long loadStart = RunStopwatch.start();
            Annotator annotator;
            try {
                annotator = provider.create(configuration);
            } catch (Exception | LinkageError e) {
                progress.finish(id);
                return ProviderRun.notRun(description, RunStatus.FAILED,
                        "could not be built: " + FailureDescription.of(e));
            }
            stopwatch.loaded(loadStart);
            try {
                CheckedDocumentAnnotator checked = new CheckedDocumentAnnotator(annotator, tasks, questions);
                for (Map.Entry<Fold, List<DocumentJob>> fold : pending.entrySet()) {
                    if (description.needsTraining() && !fit(annotator, fold.getKey(), fold.getValue(), collector,
                            stopwatch, id)) {
                        continue;
                    }
                    annotateFold(checked, fold.getValue(), providerCache, collector, stopwatch, id);
                }
                diagnostics = safeDiagnostics(annotator);
            } finally {
                close(annotator);
            }
            if (pendingCount == jobs.size()) {
                providerCache.storeDiagnostics(jobs, diagnostics);
            } else {
                diagnostics = coveringOnly(diagnostics, pendingCount, jobs.size() - pendingCount);
            }
        }
        progress.finish(id);
        boolean trainTest = description.needsTraining() && separateTrainingSet;
        Protocol protocol = !description.needsTraining() ? Protocol.PRETRAINED
                : trainTest ? Protocol.TRAIN_TEST : Protocol.CROSS_VALIDATION;
        int foldCount = description.needsTraining() && !trainTest ? folds.size() : 0;
        return collector.result(description, documents.size(), protocol, foldCount, trainTest ? trainingSource() : "",
                diagnostics, stopwatch.timing());
    }

    /** {@code train.conll (1000 documents)}: what a provider fitted on a separate training set was trained on. */
    private String trainingSource() {
        int count = trainingGold.documents().size();
        return trainingGold.description().source() + " (" + count + (count == 1 ? " document)" : " documents)");
    }

    /** Every test document of every fold, in fold and then id order, with its cache key and gold questions. */
    private List<DocumentJob> plan(List<Fold> folds, boolean needsTraining, Set<Task> tasks,
                                   ProviderAnnotationCache providerCache) {
        Map<String, Document> byId = documents.stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        List<DocumentJob> jobs = new ArrayList<>();
        for (Fold fold : folds) {
            String trainingKey = needsTraining
                    ? ProviderAnnotationCache.trainingKey(trainingGold.restrictedTo(fold.trainingDocIds()))
                    : "pretrained";
            for (String docId : new TreeSet<>(fold.testDocIds())) {
                Document document = byId.get(docId);
                Optional<List<StanceInstance>> goldQuestions = tasks.contains(Task.STANCE)
                        ? goldQuestions(document) : Optional.empty();
                jobs.add(new DocumentJob(document, fold,
                        providerCache.keyFor(document, trainingKey, goldQuestions), goldQuestions));
            }
        }
        return jobs;
    }

    /** The document's questions if they need no annotator; a failure is left to the annotation step to report. */
    private Optional<List<StanceInstance>> goldQuestions(Document document) {
        if (questions.needsAnnotator()) {
            return Optional.empty();
        }
        try {
            return Optional.of(questions.questionsFor(document, null));
        } catch (AnnotationException e) {
            return Optional.empty();
        }
    }

    /** Fits the annotator on the fold's training gold; on failure fails the fold's documents and returns false. */
    private boolean fit(Annotator annotator, Fold fold, List<DocumentJob> jobs, PredictionCollector collector,
                        RunStopwatch stopwatch, String id) {
        String reason = null;
        if (!(annotator instanceof Trainable trainable)) {
            reason = "provider says it needs training but its annotator does not implement Trainable";
        } else {
            long fitStart = RunStopwatch.start();
            try {
                GoldCorpus training = trainingGold.restrictedTo(fold.trainingDocIds());
                trainable.fit(new TrainingSet(training.documents(), training.entities(), training.stances()));
            } catch (Exception | StackOverflowError e) {
                reason = "fit on fold " + (fold.index() + 1) + " failed: " + FailureDescription.of(e);
            } finally {
                stopwatch.fitted(fitStart);
            }
        }
        if (reason == null) {
            return true;
        }
        for (DocumentJob job : jobs) {
            collector.failed(job.document().id(), reason);
            progress.documentDone(id);
        }
        return false;
    }

    private void annotateFold(CheckedDocumentAnnotator annotator, List<DocumentJob> jobs,
                              ProviderAnnotationCache providerCache, PredictionCollector collector,
                              RunStopwatch stopwatch, String id) {
        long annotateStart = RunStopwatch.start();
        try {
            new ThreadPoolDocumentLoop(settings.threads()).run(jobs, job -> {
                try {
                    DocumentAnnotations annotations = annotator.annotate(job);
                    providerCache.store(job, annotations);
                    collector.succeeded(job.document().id(), annotations);
                    stopwatch.documentAnnotated(job.document().text());
                } catch (Exception | StackOverflowError e) {
                    collector.failed(job.document().id(), FailureDescription.of(e));
                } finally {
                    progress.documentDone(id);
                }
            });
        } finally {
            stopwatch.annotatedFold(annotateStart);
        }
    }

    /** {@code entities and stance}: tasks as a report names them. */
    private static String taskNames(Set<Task> tasks) {
        return tasks.stream().sorted().map(task -> task.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and "));
    }

    /** For a provider that could not even be instantiated: only its class name is known. */
    private static ProviderDescriptor unknownProvider(String id) {
        return new ProviderDescriptor(id, "(could not be loaded)", "?", "?", "?", Set.of(), false);
    }

    /** Says that the diagnostics of a partly cached run cover only the documents annotated in it. */
    private static AnnotatorDiagnostics coveringOnly(AnnotatorDiagnostics diagnostics, int annotated, int cached) {
        List<String> notes = new ArrayList<>(diagnostics.notes());
        notes.add("these diagnostics cover the " + annotated + " document(s) annotated in this run; " + cached
                + " came from the annotation cache");
        return new AnnotatorDiagnostics(diagnostics.droppedLabels(), notes);
    }

    private static AnnotatorDiagnostics safeDiagnostics(Annotator annotator) {
        try {
            AnnotatorDiagnostics diagnostics = annotator.diagnostics();
            return diagnostics == null ? AnnotatorDiagnostics.NONE : diagnostics;
        } catch (RuntimeException e) {
            return new AnnotatorDiagnostics(Map.of(), List.of("diagnostics() threw " + e));
        }
    }

    private static void close(Annotator annotator) {
        try {
            annotator.close();
        } catch (Exception e) {
            System.err.println("warning: closing " + annotator.getClass().getName() + " failed: " + e);
        }
    }
}
