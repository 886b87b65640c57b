package org.newsbench.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;

/**
 * Stance from CoreNLP's {@code ColumnDataClassifier} (a regularised logistic regression) fitted on the training
 * set's stance rows, with the features of {@link StanceFeatureRow}. Deterministic: rows are sorted before fitting.
 * Sentence analyses are cached across folds; only the fitted model is replaced by each {@link #fit}, which analyses
 * the training sentences not yet cached on {@code fit.threads} threads (parsing is nearly all of a fit's time).
 *
 * <p>Thread-safe for concurrent predictions; {@link #fit} must not run concurrently with them (the API's contract).
 */
public final class CoreNlpClassifierStanceAnnotator implements StanceAnnotator, Trainable, SentenceSplitter {

    private static final Comparator<LabelledStance> TRAINING_ORDER = Comparator
            .comparing((LabelledStance stance) -> stance.instance().docId())
            .thenComparing(stance -> stance.instance().span())
            .thenComparing(stance -> stance.instance().target().id());

    private final CoreNlpSentenceAnalyzer analyzer;
    private final Map<String, String> classifierFlags;
    private final int fitThreads;
    private final ParseFallbackLog fallbacks;
    private volatile FittedStanceClassifier fitted;
    private volatile String fitSummary = "not fitted";

    CoreNlpClassifierStanceAnnotator(CoreNlpSentenceAnalyzer analyzer, Map<String, String> classifierFlags,
                                     int fitThreads) {
        this.analyzer = analyzer;
        this.classifierFlags = Map.copyOf(classifierFlags);
        this.fitThreads = fitThreads;
        this.fallbacks = new ParseFallbackLog(analyzer.maxParseTokens(), "the " + StanceFeatureRow.UNPARSED
                + " sentiment feature");
    }

    @Override
    public void fit(TrainingSet trainingSet) throws AnnotationException {
        Map<String, Document> documents = trainingSet.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity(), (first, second) -> first));
        Map<String, StanceSentences> sentencesByDocument = new TreeMap<>();
        List<LabelledStance> stances = new ArrayList<>(trainingSet.stances());
        stances.sort(TRAINING_ORDER);
        analyseTrainingSentences(stances, documents, sentencesByDocument);
        List<String[]> rows = new ArrayList<>(stances.size());
        Map<StanceLabel, Integer> labelCounts = new TreeMap<>();
        for (LabelledStance stance : stances) {
            StanceInstance instance = stance.instance();
            Document document = documents.get(instance.docId());
            if (document == null) {
                throw new AnnotationException("training stance row of document " + instance.docId()
                        + " has no document in the training set");
            }
            StanceSentences sentences = sentencesByDocument.computeIfAbsent(document.id(),
                    id -> new StanceSentences(document));
            rows.add(row(stance.label().name(), sentences, instance, document.id()));
            labelCounts.merge(stance.label(), 1, Integer::sum);
        }
        try {
            fitted = FittedStanceClassifier.fit(rows, classifierFlags);
        } catch (RuntimeException e) {
            throw new AnnotationException("ColumnDataClassifier failed to fit on " + rows.size() + " rows: " + e, e);
        }
        fitSummary = "fitted on " + rows.size() + " stance rows " + labelCounts;
    }

    /**
     * Fills the analyser's cache with every training sentence, {@code fitThreads} at a time. The rows are then built in
     * training order from the cache, so the fit does not depend on the thread count. A sentence that fails here is
     * left to that sequential pass, which reports it with its document.
     */
    private void analyseTrainingSentences(List<LabelledStance> stances, Map<String, Document> documents,
                                          Map<String, StanceSentences> sentencesByDocument) {
        if (fitThreads == 1) {
            return;
        }
        Map<String, Callable<Void>> jobs = new LinkedHashMap<>();
        for (LabelledStance stance : stances) {
            StanceInstance instance = stance.instance();
            Document document = documents.get(instance.docId());
            if (document == null) {
                continue;
            }
            StanceSentences sentences = sentencesByDocument.computeIfAbsent(document.id(),
                    id -> new StanceSentences(document));
            jobs.putIfAbsent(document.id() + '\u0000' + instance.span(), () -> {
                sentences.analyze(analyzer, instance);
                return null;
            });
        }
        if (jobs.size() < 2) {
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(fitThreads, task -> {
            Thread thread = new Thread(task, "corenlp-classifier-fit-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            pool.invokeAll(jobs.values());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances)
            throws AnnotationException {
        if (instances == null || instances.isEmpty()) {
            return List.of();
        }
        FittedStanceClassifier model = fitted;
        if (model == null) {
            throw new AnnotationException("corenlp-classifier must be fitted before predicting stance in document "
                    + (document == null ? "(null)" : document.id()));
        }
        if (document == null || document.text().isEmpty()) {
            return instances.stream().map(instance -> new StancePrediction(instance, StanceLabel.NONE)).toList();
        }
        StanceSentences sentences = new StanceSentences(document);
        List<StancePrediction> predictions = new ArrayList<>(instances.size());
        for (StanceInstance instance : instances) {
            var value = model.predict(row(StanceLabel.NONE.name(), sentences, instance, document.id()));
            predictions.add(new StancePrediction(instance, value.label(), value.confidence()));
        }
        return List.copyOf(predictions);
    }

    private String[] row(String label, StanceSentences sentences, StanceInstance instance, String docId)
            throws AnnotationException {
        String text = sentences.text(instance);
        SentenceAnalysis analysis = sentences.analyze(analyzer, instance);
        if (analyzer.parsesSentiment()) {
            fallbacks.record(docId, instance.span(), analysis);
        }
        boolean mentioned = TargetMentionMatcher.mentions(text, instance.target());
        return StanceFeatureRow.of(label, analysis, instance.target().id(), mentioned);
    }

    /** CoreNLP's sentences (line breaks end sentences), for stance questions on a corpus without gold sentences. */
    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        return CoreNlpSentenceSplitter.DEFAULT.sentences(document);
    }

    @Override
    public AnnotatorDiagnostics diagnostics() {
        List<String> notes = new ArrayList<>();
        notes.add(fitSummary);
        notes.addAll(fallbacks.notes());
        return new AnnotatorDiagnostics(Map.of(), notes);
    }

    /** Nothing to release: the pipelines are shared per JVM (see {@link CoreNlpPipelineCache}) and stay loaded. */
    @Override
    public void close() {
    }
}
