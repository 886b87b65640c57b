package org.newsbench.onnx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;

/**
 * The {@code minilm-stance} annotator: each stance question's sentence is embedded with all-MiniLM-L6-v2
 * ({@link SentenceEmbeddings}, cached across folds), and one {@link TargetStanceClassifier} per target, fitted on the
 * training rows of that target, labels it. A target with no training row is answered NONE.
 *
 * <p>Thread-safe for concurrent predictions; {@link #fit} must not run concurrently with them (the API's contract).
 */
public final class MiniLmStanceAnnotator implements StanceAnnotator, Trainable {

    private static final Comparator<LabelledStance> TRAINING_ORDER = Comparator
            .comparing((LabelledStance stance) -> stance.instance().docId())
            .thenComparing(stance -> stance.instance().span())
            .thenComparing(stance -> stance.instance().target().id());

    private final SentenceEmbeddings embeddings;
    private final ClassifierSettings settings;
    /** Per target id; replaced whole by each fit. */
    private volatile Map<String, TargetStanceClassifier> classifiers;

    public MiniLmStanceAnnotator(SentenceEmbeddings embeddings, ClassifierSettings settings) {
        this.embeddings = embeddings;
        this.settings = settings;
    }

    @Override
    public void fit(TrainingSet trainingSet) throws AnnotationException {
        Map<String, Document> documents = new TreeMap<>();
        trainingSet.documents().forEach(document -> documents.putIfAbsent(document.id(), document));
        Map<String, CodePointOffsets> offsets = new TreeMap<>();
        List<LabelledStance> rows = new ArrayList<>(trainingSet.stances());
        rows.sort(TRAINING_ORDER);
        Map<String, List<float[]>> vectorsByTarget = new TreeMap<>();
        Map<String, List<StanceLabel>> labelsByTarget = new TreeMap<>();
        for (LabelledStance row : rows) {
            StanceInstance instance = row.instance();
            Document document = documents.get(instance.docId());
            if (document == null) {
                throw new AnnotationException("training stance row " + instance.span() + " of document "
                        + instance.docId() + " has no document in the training set");
            }
            float[] vector = embed(document, offsets.computeIfAbsent(document.id(), id -> document.offsets()),
                    instance);
            vectorsByTarget.computeIfAbsent(instance.target().id(), id -> new ArrayList<>()).add(vector);
            labelsByTarget.computeIfAbsent(instance.target().id(), id -> new ArrayList<>()).add(row.label());
        }
        Map<String, TargetStanceClassifier> fitted = new TreeMap<>();
        for (String target : vectorsByTarget.keySet()) {
            try {
                fitted.put(target, TargetStanceClassifier.fit(vectorsByTarget.get(target), labelsByTarget.get(target),
                        settings));
            } catch (RuntimeException e) {
                throw new AnnotationException("LIBLINEAR failed to fit the classifier of target " + target + " on "
                        + labelsByTarget.get(target).size() + " rows: " + e, e);
            }
        }
        classifiers = Map.copyOf(fitted);
    }

    @Override
    public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances)
            throws AnnotationException {
        Map<String, TargetStanceClassifier> current = classifiers;
        if (current == null) {
            throw new AnnotationException("minilm-stance cannot predict stance in document " + document.id()
                    + ": fit() has not been called (it is trained on gold stance rows)");
        }
        CodePointOffsets offsets = document.offsets();
        List<StancePrediction> predictions = new ArrayList<>(instances.size());
        for (StanceInstance instance : instances) {
            TargetStanceClassifier classifier = current.get(instance.target().id());
            if (classifier == null) {
                instance.sentenceIn(document, offsets);
                predictions.add(new StancePrediction(instance, StanceLabel.NONE));
                continue;
            }
            TargetStanceClassifier.Prediction prediction = classifier.predict(embed(document, offsets, instance));
            predictions.add(new StancePrediction(instance, prediction.label(), prediction.probability()));
        }
        return List.copyOf(predictions);
    }

    private float[] embed(Document document, CodePointOffsets offsets, StanceInstance instance)
            throws AnnotationException {
        String sentence = instance.sentenceIn(document, offsets);
        if (sentence.isBlank()) {
            throw new AnnotationException("stance instance " + instance.span() + " of document " + document.id()
                    + " is an empty or blank sentence: nothing to embed");
        }
        try {
            return embeddings.embed(sentence);
        } catch (RuntimeException e) {
            throw new AnnotationException("all-MiniLM-L6-v2 failed to embed sentence " + instance.span()
                    + " of document " + document.id() + ": " + e, e);
        }
    }

    /** The encoder, sentences embedded so far, where the native libraries are, and each target's last fit. */
    @Override
    public AnnotatorDiagnostics diagnostics() {
        List<String> notes = new ArrayList<>();
        notes.add("encoder all-MiniLM-L6-v2 " + embeddings.encoder().key() + ": " + embeddings.computedCount()
                + " sentence embedding(s) computed, " + embeddings.size() + " distinct sentence(s) cached");
        notes.addAll(NativeLibraryCache.notes());
        Map<String, TargetStanceClassifier> current = classifiers;
        if (current == null) {
            notes.add("not fitted");
        } else {
            current.forEach((target, classifier) -> notes.add("last fit, " + target + ": " + classifier.summary()));
        }
        return new AnnotatorDiagnostics(Map.of(), notes);
    }

    /** Releases the ONNX Runtime session. */
    @Override
    public void close() throws Exception {
        embeddings.close();
    }
}
