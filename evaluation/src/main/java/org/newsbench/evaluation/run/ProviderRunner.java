package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.Annotator;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;
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
 * cross-validation (fit on the other folds' documents and gold, annotate the held-out fold, pool). Documents of a fold
 * run in parallel. Each document's output is checked (offsets inside the text, text equal to the slice, one stance
 * prediction per question) and cached; a provider whose every document is cached is not even loaded.
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
            return ProviderRun.notRun(description, RunStatus.UNAVAILABLE, "serves none of the tasks selected");
        }
        if (description.needsTraining() && trainingGold == null) {
            return ProviderRun.notRun(description, RunStatus.UNAVAILABLE, "needs training and no gold was given");
        }
        List<Fold> folds;
        try {
            Set<String> allDocuments = documents.stream().map(Document::id).collect(Collectors.toSet());
            folds = !description.needsTraining() ? List.of(new Fold(0, Set.of(), allDocuments))
                    : separateTrainingSet ? List.of(new Fold(0, trainingGold.documentsById().keySet(), allDocuments))
                    : CrossValidationFolds.split(documents.stream().map(Document::id).toList(), settings.folds());
        } catch (IllegalArgumentException e) {
            return ProviderRun.notRun(description, RunStatus.FAILED, e.getMessage());
        }
        return new SingleRun(provider, description, tasks, folds).execute();
    }

    /** The state of one provider's run. */
    private final class SingleRun {
        private final AnnotatorProvider provider;
        private final ProviderDescriptor description;
        private final Set<Task> tasks;
        private final List<Fold> folds;
        private final ProviderConfiguration configuration;
        private final String codeFingerprint;
        private final Map<String, Document> documentsById = new LinkedHashMap<>();
        private final Map<String, List<EntityMention>> entitiesByDoc = new ConcurrentHashMap<>();
        private final Map<String, List<StancePrediction>> stancesByDoc = new ConcurrentHashMap<>();
        private final Map<String, String> failures = new ConcurrentHashMap<>();
        /** The stance questions of each document when they come from the gold: asked once, used for key and run. */
        private final Map<String, List<StanceInstance>> goldQuestions = new HashMap<>();
        private long loadMillis;
        private long fitMillis;
        private long annotateMillis;
        private long tokens;
        private int cached;
        private int annotated;

        SingleRun(AnnotatorProvider provider, ProviderDescriptor description, Set<Task> tasks, List<Fold> folds) {
            this.provider = provider;
            this.description = description;
            this.tasks = tasks;
            this.folds = folds;
            this.configuration = settings.configurationFor(description.id());
            this.codeFingerprint = ProviderCodeFingerprint.of(provider.getClass());
            documents.forEach(document -> documentsById.put(document.id(), document));
        }

        ProviderRun execute() {
            progress.start(description.id(), documents.size());
            Map<Fold, List<Document>> pending = new LinkedHashMap<>();
            Map<String, String> keys = new HashMap<>();
            for (Fold fold : folds) {
                String trainingKey = description.needsTraining() ? trainingKey(fold) : "pretrained";
                for (String docId : new TreeSet<>(fold.testDocIds())) {
                    Document document = documentsById.get(docId);
                    askGoldQuestions(document);
                    String key = cacheKey(document, trainingKey);
                    keys.put(docId, key);
                    if (!restoreFromCache(document, key)) {
                        pending.computeIfAbsent(fold, f -> new ArrayList<>()).add(document);
                    } else {
                        cached++;
                        progress.documentDone(description.id());
                    }
                }
            }
            AnnotatorDiagnostics diagnostics = AnnotatorDiagnostics.NONE;
            if (!pending.isEmpty()) {
                long loadStart = System.nanoTime();
                Annotator annotator;
                try {
                    annotator = provider.create(configuration);
                } catch (Exception | LinkageError e) {
                    progress.finish(description.id());
                    return ProviderRun.notRun(description, RunStatus.FAILED, "could not be built: " + describe(e));
                }
                loadMillis = millisSince(loadStart);
                try {
                    for (Map.Entry<Fold, List<Document>> fold : pending.entrySet()) {
                        runFold(annotator, fold.getKey(), fold.getValue(), keys);
                    }
                    diagnostics = safeDiagnostics(annotator);
                } finally {
                    close(annotator);
                }
            }
            progress.finish(description.id());
            return result(diagnostics);
        }

        private void runFold(Annotator annotator, Fold fold, List<Document> testDocuments, Map<String, String> keys) {
            if (description.needsTraining()) {
                if (!(annotator instanceof Trainable trainable)) {
                    testDocuments.forEach(d -> failures.put(d.id(), "provider says it needs training but its "
                            + "annotator does not implement Trainable"));
                    return;
                }
                long fitStart = System.nanoTime();
                try {
                    GoldCorpus training = trainingGold.restrictedTo(fold.trainingDocIds());
                    trainable.fit(new TrainingSet(training.documents(), training.entities(), training.stances()));
                } catch (Exception | StackOverflowError e) {
                    String reason = "fit on fold " + (fold.index() + 1) + " failed: " + describe(e);
                    testDocuments.forEach(d -> failures.put(d.id(), reason));
                    testDocuments.forEach(d -> progress.documentDone(description.id()));
                    return;
                } finally {
                    fitMillis += millisSince(fitStart);
                }
            }
            long annotateStart = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), testDocuments.size()));
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Document document : testDocuments) {
                    futures.add(pool.submit(() -> annotateDocument(annotator, document, keys.get(document.id()))));
                }
                for (Future<?> future : futures) {
                    try {
                        future.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (ExecutionException e) {
                        // annotateDocument records its own failures; reaching here is a bug in this class.
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
                annotateMillis += millisSince(annotateStart);
            }
        }

        private void annotateDocument(Annotator annotator, Document document, String key) {
            try {
                if (tasks.contains(Task.ENTITIES)) {
                    List<EntityMention> mentions = checkedEntities(document,
                            ((EntityAnnotator) annotator).annotateEntities(document));
                    entitiesByDoc.put(document.id(), mentions);
                }
                if (tasks.contains(Task.STANCE)) {
                    List<StanceInstance> asked = goldQuestions.containsKey(document.id())
                            ? goldQuestions.get(document.id()) : questions.questionsFor(document, annotator);
                    List<StancePrediction> predictions = checkedStances(document, asked,
                            ((StanceAnnotator) annotator).predictStance(document, asked));
                    stancesByDoc.put(document.id(), predictions);
                }
                if (!questions.needsAnnotator()) {
                    if (tasks.contains(Task.ENTITIES)) {
                        cache.putEntities(description.id(), key + "-entities", entitiesByDoc.get(document.id()));
                    }
                    if (tasks.contains(Task.STANCE)) {
                        cache.putStances(description.id(), key + "-stance", stancesByDoc.get(document.id()));
                    }
                }
                synchronized (this) {
                    annotated++;
                    tokens += countTokens(document.text());
                }
            } catch (Exception | StackOverflowError e) {
                entitiesByDoc.remove(document.id());
                stancesByDoc.remove(document.id());
                failures.put(document.id(), describe(e));
            } finally {
                progress.documentDone(description.id());
            }
        }

        private boolean restoreFromCache(Document document, String key) {
            if (questions.needsAnnotator()) {
                return false;
            }
            List<StanceInstance> asked = goldQuestions.get(document.id());
            if (tasks.contains(Task.STANCE) && asked == null) {
                return false;
            }
            Optional<List<EntityMention>> entities = tasks.contains(Task.ENTITIES)
                    ? cache.entities(description.id(), key + "-entities", document) : Optional.<List<EntityMention>>empty();
            Optional<List<StancePrediction>> stances = tasks.contains(Task.STANCE)
                    ? cache.stances(description.id(), key + "-stance", asked) : Optional.<List<StancePrediction>>empty();
            boolean complete = (!tasks.contains(Task.ENTITIES) || entities.isPresent())
                    && (!tasks.contains(Task.STANCE) || stances.isPresent());
            if (complete) {
                entities.ifPresent(list -> entitiesByDoc.put(document.id(), list));
                stances.ifPresent(list -> stancesByDoc.put(document.id(), list));
            }
            return complete;
        }

        private String cacheKey(Document document, String trainingKey) {
            List<String> parts = new ArrayList<>(List.of(description.id(), description.version(),
                    description.library(), description.libraryVersion(), codeFingerprint,
                    configuration.values().toString(),
                    tasks.toString(), document.id(), document.text(), trainingKey));
            if (tasks.contains(Task.STANCE)) {
                parts.add(String.valueOf(goldQuestions.get(document.id())));
            }
            return AnnotationCache.key(parts);
        }

        /** Records the document's questions if they need no annotator; a failure is left to the annotation step. */
        private void askGoldQuestions(Document document) {
            if (!tasks.contains(Task.STANCE) || questions.needsAnnotator()) {
                return;
            }
            try {
                goldQuestions.put(document.id(), questions.questionsFor(document, null));
            } catch (AnnotationException e) {
                // No entry: the document is not restored from the cache and is annotated, where the error is recorded.
            }
        }

        /** The training documents of the fold with all their gold: what a fit can depend on. */
        private String trainingKey(Fold fold) {
            GoldCorpus training = trainingGold.restrictedTo(fold.trainingDocIds());
            return AnnotationCache.key(List.of(training.documents().toString(),
                    training.documents().stream().map(Document::text).toList().toString(),
                    training.entities().toString(), training.stances().toString()));
        }

        private ProviderRun result(AnnotatorDiagnostics diagnostics) {
            List<EntityMention> entities = new ArrayList<>();
            List<StancePrediction> stances = new ArrayList<>();
            for (String docId : new TreeSet<>(documentsById.keySet())) {
                entities.addAll(entitiesByDoc.getOrDefault(docId, List.of()));
                stances.addAll(stancesByDoc.getOrDefault(docId, List.of()));
            }
            entities.sort(Comparator.comparing(EntityMention::docId).thenComparing(EntityMention::span)
                    .thenComparing(EntityMention::type));
            RunTiming timing = new RunTiming(loadMillis, fitMillis, annotateMillis, tokens, cached, annotated);
            boolean trainTest = description.needsTraining() && separateTrainingSet;
            Protocol protocol = !description.needsTraining() ? Protocol.PRETRAINED
                    : trainTest ? Protocol.TRAIN_TEST : Protocol.CROSS_VALIDATION;
            int foldCount = description.needsTraining() && !trainTest ? folds.size() : 0;
            int trainingDocuments = trainingGold == null ? 0 : trainingGold.documents().size();
            String source = trainTest ? trainingGold.description().source() + " (" + trainingDocuments
                    + (trainingDocuments == 1 ? " document)" : " documents)") : "";
            boolean allFailed = failures.size() == documents.size();
            RunStatus status = allFailed ? RunStatus.FAILED : RunStatus.RAN;
            String reason = allFailed ? "every document failed; first: " + new TreeMap<>(failures).firstEntry().getValue()
                    : failures.isEmpty() ? "" : failures.size() + " of " + documents.size() + " documents failed";
            return new ProviderRun(description, status, reason, protocol, foldCount, entities, stances, failures,
                    diagnostics, timing, source);
        }
    }

    /** For a provider that could not even be instantiated: only its class name is known. */
    private static ProviderDescriptor unknownProvider(String id) {
        return new ProviderDescriptor(id, "(could not be loaded)", "?", "?", "?", Set.of(), false);
    }

    /** Rejects output that breaks the contract: wrong document, offsets outside the text, text not the slice. */
    static List<EntityMention> checkedEntities(Document document, List<EntityMention> mentions)
            throws AnnotationException {
        if (mentions == null) {
            throw new AnnotationException("returned null instead of a list of mentions");
        }
        CodePointOffsets offsets = document.offsets();
        for (EntityMention mention : mentions) {
            if (!mention.docId().equals(document.id())) {
                throw new AnnotationException("returned a mention of document '" + mention.docId() + "'");
            }
            if (mention.span().end() > offsets.codePointLength()) {
                throw new AnnotationException("returned mention " + mention.span() + " '" + mention.text()
                        + "' past the end of the text (" + offsets.codePointLength() + " code points)");
            }
            String actual = offsets.slice(mention.span());
            if (!actual.equals(mention.text())) {
                throw new AnnotationException("returned mention " + mention.span() + " with text '" + mention.text()
                        + "' but the document has '" + actual + "' there");
            }
        }
        return List.copyOf(mentions);
    }

    static List<StancePrediction> checkedStances(Document document, List<StanceInstance> asked,
                                                 List<StancePrediction> predictions) throws AnnotationException {
        if (predictions == null || predictions.size() != asked.size()) {
            throw new AnnotationException("returned " + (predictions == null ? "null" : predictions.size())
                    + " stance predictions for " + asked.size() + " questions");
        }
        for (int i = 0; i < asked.size(); i++) {
            if (!predictions.get(i).instance().equals(asked.get(i))) {
                throw new AnnotationException("stance prediction " + (i + 1) + " answers " + predictions.get(i)
                        .instance() + " instead of " + asked.get(i));
            }
        }
        return List.copyOf(predictions);
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

    /** Whitespace-separated tokens: a backend-neutral size for tokens/s. */
    public static long countTokens(String text) {
        long count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    /** A one-line reason: the exception's message, and its type where the message alone is not enough. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        String described = (message == null || message.isBlank()) ? type
                : e instanceof AnnotationException || e instanceof ProviderException ? message
                : type + ": " + message;
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !described.contains(cause.getMessage())) {
            described += " (caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return described;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
