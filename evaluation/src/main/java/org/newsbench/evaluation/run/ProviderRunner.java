package org.newsbench.evaluation.run;

import java.time.Duration;
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
import org.newsbench.api.spi.ProviderException;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.gold.GoldCorpus;

/**
 * Runs one provider over a corpus: a pretrained provider on every document, a trainable one by k-fold
 * cross-validation (fit on the other folds' documents and gold, annotate the held-out fold, pool). Documents whose
 * output is in the {@link AnnotationCache} are restored; a provider whose every document is cached is not even
 * loaded. The rest are annotated on an {@link AnnotationEngine} (this JVM's threads by default), their output
 * checked by {@link BackendOutputCheck}. A trainable provider is fitted here, fold by fold, and its fitted annotator
 * handed to the engine; where the engine cannot take it (not serialisable), that fold runs on the local engine and the
 * report's diagnostics say so.
 *
 * <p>With a separate training set ({@link #withSeparateTrainingSet}), a trainable provider is fitted once on all of it
 * and annotates every document instead.
 *
 * <p>A document that fails (the backend throws, returns invalid output, or passes the run's
 * {@linkplain RunSettings#documentTimeout() document timeout}) is recorded with the reason, and the other documents go
 * on.
 */
public final class ProviderRunner {

    private final List<Document> documents;
    private final GoldCorpus trainingGold;
    private final StanceQuestions questions;
    private final RunSettings settings;
    private final AnnotationCache cache;
    private final AnnotationProgress progress;
    private final AnnotationEngine engine;
    /** Whether {@code trainingGold} is a separate training set ({@code --train}) rather than the corpus itself. */
    private final boolean separateTrainingSet;

    /** On the local engine, {@link RunSettings#threads()} at once. */
    public ProviderRunner(List<Document> documents, GoldCorpus trainingGold, StanceQuestions questions,
                          RunSettings settings, AnnotationCache cache, AnnotationProgress progress) {
        this(documents, trainingGold, questions, settings, cache, progress,
                new LocalAnnotationEngine(settings.threads()));
    }

    /**
     * @param trainingGold the gold trainable providers fit on; null when there is none (trainable providers are then
     *                     unavailable)
     * @param engine       where documents are annotated; the caller closes it
     */
    public ProviderRunner(List<Document> documents, GoldCorpus trainingGold, StanceQuestions questions,
                          RunSettings settings, AnnotationCache cache, AnnotationProgress progress,
                          AnnotationEngine engine) {
        this(documents, trainingGold, questions, settings, cache, progress, engine, false);
    }

    private ProviderRunner(List<Document> documents, GoldCorpus trainingGold, StanceQuestions questions,
                           RunSettings settings, AnnotationCache cache, AnnotationProgress progress,
                           AnnotationEngine engine, boolean separateTrainingSet) {
        this.engine = engine;
        this.separateTrainingSet = separateTrainingSet;
        this.documents = List.copyOf(documents);
        this.trainingGold = trainingGold;
        this.questions = questions;
        this.settings = settings;
        this.cache = cache;
        this.progress = progress;
    }

    /**
     * Trainable providers are fitted once on every document of {@code trainingSet}, then annotate every document.
     *
     * @param engine where documents are annotated; the caller closes it
     */
    public static ProviderRunner withSeparateTrainingSet(List<Document> documents, GoldCorpus trainingSet,
                                                         StanceQuestions questions, RunSettings settings,
                                                         AnnotationCache cache, AnnotationProgress progress,
                                                         AnnotationEngine engine) {
        return new ProviderRunner(documents, trainingSet, questions, settings, cache, progress, engine, true);
    }

    public ProviderRun run(DiscoveredProvider discovered) {
        Optional<ProviderRun> refused = refusal(discovered);
        if (refused.isPresent()) {
            return refused.get();
        }
        ProviderDescriptor description = discovered.provider().descriptor();
        List<Fold> folds;
        try {
            List<String> docIds = documents.stream().map(Document::id).toList();
            folds = !description.needsTraining() ? List.of(new Fold(0, Set.of(), Set.copyOf(docIds)))
                    : separateTrainingSet ? List.of(new Fold(0, trainingGold.documentsById().keySet(), Set.copyOf(docIds)))
                    : CrossValidationFolds.split(docIds, settings.folds());
        } catch (IllegalArgumentException e) {
            return ProviderRun.notRun(description, RunStatus.FAILED, e.getMessage());
        }
        return runFolds(discovered.provider(), description, selectedTasks(description), folds);
    }

    /**
     * Why {@code discovered} cannot run here (not loadable, unavailable, none of the selected tasks, needs training
     * without gold), as a run that did not happen; empty when it can run.
     */
    public Optional<ProviderRun> refusal(DiscoveredProvider discovered) {
        if (discovered.provider() == null) {
            return Optional.of(ProviderRun.notRun(unknownProvider(discovered.id()), RunStatus.FAILED,
                    discovered.availability().reason()));
        }
        AnnotatorProvider provider = discovered.provider();
        ProviderDescriptor description;
        try {
            description = provider.descriptor();
        } catch (RuntimeException e) {
            return Optional.of(ProviderRun.notRun(unknownProvider(discovered.id()), RunStatus.FAILED,
                    "describing itself threw " + e));
        }
        if (!discovered.availability().isAvailable()) {
            return Optional.of(ProviderRun.notRun(description, RunStatus.UNAVAILABLE,
                    discovered.availability().reason()));
        }
        if (selectedTasks(description).isEmpty()) {
            return Optional.of(ProviderRun.notRun(description, RunStatus.NOT_APPLICABLE,
                    "serves " + taskNames(description.tasks()) + "; this run scores " + taskNames(settings.tasks())));
        }
        if (description.needsTraining() && trainingGold == null) {
            return Optional.of(ProviderRun.notRun(description, RunStatus.UNAVAILABLE,
                    "needs training and no gold was given"));
        }
        return Optional.empty();
    }

    /** The selected tasks the provider serves. */
    public Set<Task> selectedTasks(ProviderDescriptor description) {
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        tasks.addAll(description.tasks());
        tasks.retainAll(settings.tasks());
        return tasks;
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
        for (DocumentJob job : jobs) {
            Optional<DocumentAnnotations> cached = providerCache.restore(job);
            if (cached.isPresent()) {
                collector.succeeded(job.document().id(), cached.get());
                stopwatch.documentFromCache();
                progress.documentDone(id);
            } else {
                pending.computeIfAbsent(job.fold(), fold -> new ArrayList<>()).add(job);
            }
        }
        AnnotatorDiagnostics diagnostics = AnnotatorDiagnostics.NONE;
        DocumentOutcomes outcomes = outcomes(providerCache, collector, stopwatch, id);
        try {
            if (pending.isEmpty()) {
                diagnostics = providerCache.restoreDiagnostics(jobs).orElse(AnnotatorDiagnostics.NONE);
            } else if (!description.needsTraining()) {
                diagnostics = annotateOn(engine, new AnnotationWork(provider, id, configuration, tasks, questions,
                        pending.values().stream().flatMap(List::stream).toList(), Optional.empty(),
                        documentTimeout(provider)), outcomes,
                        stopwatch);
            } else {
                diagnostics = fitAndAnnotate(provider, id, configuration, tasks, pending, collector, stopwatch,
                        outcomes);
            }
        } catch (ProviderException e) {
            progress.finish(id);
            return ProviderRun.notRun(description, RunStatus.FAILED, "could not be built: " + e.getMessage());
        }
        int annotated = pending.values().stream().mapToInt(List::size).sum();
        if (annotated > 0 && annotated == jobs.size()) {
            providerCache.storeDiagnostics(jobs, diagnostics);
        } else if (annotated > 0) {
            diagnostics = coveringOnly(diagnostics, annotated, jobs.size() - annotated);
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

    /** Says that the diagnostics of a partly cached run cover only the documents annotated in it. */
    private static AnnotatorDiagnostics coveringOnly(AnnotatorDiagnostics diagnostics, int annotated, int cached) {
        List<String> notes = new ArrayList<>(diagnostics.notes());
        notes.add("these diagnostics cover the " + annotated + " document(s) annotated in this run; " + cached
                + " came from the annotation cache");
        return new AnnotatorDiagnostics(diagnostics.droppedLabels(), notes);
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

    /** Builds the annotator here, then per fold fits it and has the engine (or, failing that, this JVM) annotate. */
    private AnnotatorDiagnostics fitAndAnnotate(AnnotatorProvider provider, String id,
                                                ProviderConfiguration configuration, Set<Task> tasks,
                                                Map<Fold, List<DocumentJob>> pending, PredictionCollector collector,
                                                RunStopwatch stopwatch, DocumentOutcomes outcomes)
            throws ProviderException {
        long loadStart = RunStopwatch.start();
        Annotator annotator;
        try {
            annotator = provider.create(configuration);
        } catch (Exception | LinkageError e) {
            throw new ProviderException(FailureDescription.of(e), e);
        }
        stopwatch.loaded(loadStart);
        List<String> notes = new ArrayList<>();
        try {
            for (Map.Entry<Fold, List<DocumentJob>> fold : pending.entrySet()) {
                if (!fit(annotator, fold.getKey(), fold.getValue(), collector, stopwatch, id)) {
                    continue;
                }
                AnnotationEngine foldEngine = engine;
                List<String> foldNotes = new ArrayList<>();
                if (!engine.acceptsFitted(annotator)) {
                    foldEngine = new LocalAnnotationEngine(settings.threads());
                    foldNotes.add("the fitted state (" + annotator.getClass().getSimpleName() + ") cannot be sent to "
                            + "the " + engine.name() + " engine: annotated on the local engine");
                }
                foldNotes.addAll(annotateOn(foldEngine, new AnnotationWork(provider, id, configuration, tasks,
                        questions, fold.getValue(), Optional.of(annotator), documentTimeout(provider)), outcomes,
                        stopwatch).notes());
                foldNotes.stream().filter(note -> !notes.contains(note)).forEach(notes::add);
            }
            AnnotatorDiagnostics diagnostics = LocalAnnotationEngine.diagnosticsOf(annotator);
            if (notes.isEmpty()) {
                return diagnostics;
            }
            notes.addAll(0, diagnostics.notes());
            return new AnnotatorDiagnostics(diagnostics.droppedLabels(), notes);
        } finally {
            LocalAnnotationEngine.close(annotator);
        }
    }

    /** The run's document timeout, unless the provider bounds its documents itself. */
    private Duration documentTimeout(AnnotatorProvider provider) {
        return provider instanceof TimesItsOwnDocuments ? Duration.ZERO : settings.documentTimeout();
    }

    private static AnnotatorDiagnostics annotateOn(AnnotationEngine engine, AnnotationWork work,
                                                   DocumentOutcomes outcomes, RunStopwatch stopwatch)
            throws ProviderException {
        long annotateStart = RunStopwatch.start();
        try {
            return engine.annotate(work, outcomes);
        } finally {
            stopwatch.annotatedFold(annotateStart);
        }
    }

    /** Each document's outcome: cached, collected, timed and counted for the progress bar. */
    private DocumentOutcomes outcomes(ProviderAnnotationCache providerCache, PredictionCollector collector,
                                      RunStopwatch stopwatch, String id) {
        return new DocumentOutcomes() {
            @Override
            public void loaded(long millis) {
                stopwatch.loadedMillis(millis);
            }

            @Override
            public void succeeded(DocumentJob job, DocumentAnnotations annotations) {
                providerCache.store(job, annotations);
                collector.succeeded(job.document().id(), annotations);
                stopwatch.documentAnnotated(job.document().text());
                progress.documentDone(id);
            }

            @Override
            public void failed(DocumentJob job, String reason) {
                collector.failed(job.document().id(), reason);
                progress.documentDone(id);
            }
        };
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

    /** {@code entities and stance}: tasks as a report names them. */
    private static String taskNames(Set<Task> tasks) {
        return tasks.stream().sorted().map(task -> task.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and "));
    }

    /** For a provider that could not even be instantiated: only its class name is known. */
    private static ProviderDescriptor unknownProvider(String id) {
        return new ProviderDescriptor(id, "(could not be loaded)", "?", "?", "?", Set.of(), false);
    }
}
