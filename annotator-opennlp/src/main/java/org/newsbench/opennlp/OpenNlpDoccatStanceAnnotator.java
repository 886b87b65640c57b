package org.newsbench.opennlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.CodePointOffsets;
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
 * The {@code opennlp-doccat} annotator: OpenNLP's document categorizer fitted on the training set's stance rows, one
 * sample per (sentence, target) with the gold label as category.
 *
 * <p>Features: bag of words, word bigrams, and the target features of {@link StanceTargetFeatureGenerator}; training:
 * {@link MaxentTrainingSettings}. A label absent from the training set is never predicted. A training set with a
 * single label gives a constant predictor of that label (a maxent model needs two outcomes); one with no stance row is
 * rejected with an {@link AnnotationException}.
 *
 * <p>Thread-safe for predictions: {@link DocumentCategorizerME} is not, so each thread gets its own.
 *
 * <p>Serialisable, so that an engine can ship the fitted annotator to other JVMs: the model travels in OpenNLP's own
 * format with the settings and the notes of the fit; the UD sentence and tokenizer models are not sent but taken
 * from the classpath of the receiving JVM (read once per JVM, see {@link OpenNlpModelResources}).
 */
public final class OpenNlpDoccatStanceAnnotator implements StanceAnnotator, Trainable, SentenceSplitter, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OpenNlpTextSegmenter segmenter;
    private final StanceSampleEncoder encoder;
    private final MaxentTrainingSettings settings;
    /** Replaced by each fit; read by concurrent predictions, which never run during a fit. */
    private volatile Fitted fitted;

    /** A fitted model, or the single label of a one-label training set (model null), with notes on the fit. */
    private record Fitted(DoccatModel model, ThreadLocal<DocumentCategorizerME> categorizers, StanceLabel constant,
            List<String> notes) {
    }

    public OpenNlpDoccatStanceAnnotator(OpenNlpTextSegmenter segmenter, MaxentTrainingSettings settings) {
        this.segmenter = segmenter;
        this.encoder = new StanceSampleEncoder(segmenter);
        this.settings = settings;
    }

    /** The feature generators: bag of words, word bigrams, target features. */
    static FeatureGenerator[] featureGenerators() throws InvalidFormatException {
        return new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2),
            new StanceTargetFeatureGenerator()};
    }

    @Override
    public void fit(TrainingSet trainingSet) throws AnnotationException {
        Map<String, Document> documents = new HashMap<>();
        trainingSet.documents().forEach(document -> documents.put(document.id(), document));
        Map<String, CodePointOffsets> offsets = new HashMap<>();
        List<DocumentSample> samples = new ArrayList<>();
        Map<StanceLabel, Integer> labelCounts = new EnumMap<>(StanceLabel.class);
        int skipped = 0;
        for (LabelledStance row : trainingSet.stances()) {
            Document document = documents.get(row.instance().docId());
            if (document == null) {
                skipped++;
                continue;
            }
            String sentence = row.instance().sentenceIn(document,
                    offsets.computeIfAbsent(document.id(), id -> document.offsets()));
            samples.add(encoder.sample(sentence, row.instance().target(), row.label().name()));
            labelCounts.merge(row.label(), 1, Integer::sum);
        }
        if (samples.isEmpty()) {
            throw new AnnotationException("cannot fit the OpenNLP stance categorizer: the training set has no stance"
                    + " row for its " + trainingSet.documents().size() + " document(s)");
        }
        List<String> notes = new ArrayList<>();
        notes.add("training: " + samples.size() + " stance row(s), by label " + labelCounts);
        for (StanceLabel label : StanceLabel.values()) {
            if (!labelCounts.containsKey(label)) {
                notes.add("label " + label + " is absent from the training set and is never predicted");
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " stance row(s) skipped: their document is not in the training set");
        }
        if (labelCounts.size() == 1) {
            StanceLabel only = labelCounts.keySet().iterator().next();
            notes.add("one label only: every prediction is " + only + " (no model trained)");
            fitted = new Fitted(null, null, only, notes);
            return;
        }
        try {
            DoccatModel model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples),
                    settings.toTrainingParameters(), new DoccatFactory(featureGenerators()));
            fitted = fitted(model, notes);
        } catch (IOException | RuntimeException e) {
            throw new AnnotationException("fitting the OpenNLP stance categorizer on " + samples.size()
                    + " stance row(s) failed: " + e.getMessage(), e);
        }
    }

    private static Fitted fitted(DoccatModel model, List<String> notes) {
        return new Fitted(model, ThreadLocal.withInitial(() -> new DocumentCategorizerME(model)), null, notes);
    }

    @Override
    public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances)
            throws AnnotationException {
        Fitted current = fitted;
        if (current == null) {
            throw new AnnotationException("opennlp-doccat cannot predict stance in document " + document.id()
                    + ": fit() has not been called");
        }
        CodePointOffsets offsets = document.offsets();
        List<StancePrediction> predictions = new ArrayList<>(instances.size());
        for (StanceInstance instance : instances) {
            String sentence = instance.sentenceIn(document, offsets);
            predictions.add(current.model() == null
                    ? new StancePrediction(instance, current.constant())
                    : predict(current, instance, sentence, document));
        }
        return predictions;
    }

    private StancePrediction predict(Fitted current, StanceInstance instance, String sentence, Document document)
            throws AnnotationException {
        try {
            StanceSampleEncoder.EncodedQuestion question = encoder.encode(sentence, instance.target());
            DocumentCategorizerME categorizer = current.categorizers().get();
            double[] outcomes = categorizer.categorize(question.tokens(), question.extraInformation());
            String best = categorizer.getBestCategory(outcomes);
            double probability = outcomes[categorizer.getIndex(best)];
            return new StancePrediction(instance, StanceLabel.valueOf(best), OptionalDouble.of(probability));
        } catch (RuntimeException e) {
            throw new AnnotationException("OpenNLP stance categorization failed on document " + document.id()
                    + " at " + instance.span() + ": " + e, e);
        }
    }

    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        return segmenter.sentencesOrFail(document);
    }

    /** Notes on the last fit: rows per label, labels absent, rows skipped. */
    @Override
    public AnnotatorDiagnostics diagnostics() {
        Fitted current = fitted;
        return current == null ? AnnotatorDiagnostics.NONE : new AnnotatorDiagnostics(Map.of(), current.notes());
    }

    /** Serialised as {@link SerializedForm}: the segmenter and OpenNLP's objects are not serialisable themselves. */
    @Serial
    private Object writeReplace() {
        Fitted current = fitted;
        byte[] model = current == null || current.model() == null ? null : OpenNlpModelBytes.of(current.model());
        return new SerializedForm(segmenter.refinesBoundaries(), settings.iterations(), settings.cutoff(),
                current != null, model, current == null ? null : current.constant(),
                current == null ? null : new ArrayList<>(current.notes()));
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("an OpenNlpDoccatStanceAnnotator is read through its SerializedForm");
    }

    /** The serialised annotator: settings and, once fitted, the model in OpenNLP's format or the constant label. */
    private record SerializedForm(boolean refineBoundaries, int iterations, int cutoff, boolean isFitted, byte[] model,
            StanceLabel constant, ArrayList<String> notes) implements Serializable {

        @Serial
        private Object readResolve() throws IOException {
            OpenNlpDoccatStanceAnnotator annotator = new OpenNlpDoccatStanceAnnotator(
                    OpenNlpTextSegmenter.fromClasspathModels(refineBoundaries),
                    new MaxentTrainingSettings(iterations, cutoff));
            if (isFitted) {
                annotator.fitted = model == null
                        ? new Fitted(null, null, constant, List.copyOf(notes))
                        : fitted(new DoccatModel(new ByteArrayInputStream(model)), List.copyOf(notes));
            }
            return annotator;
        }
    }

    /** Nothing to release: the models are plain heap objects; narrowed so that callers need not catch Exception. */
    @Override
    public void close() {
    }
}
