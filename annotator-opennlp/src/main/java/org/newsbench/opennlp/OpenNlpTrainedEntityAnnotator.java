package org.newsbench.opennlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;

/**
 * The {@code opennlp-trained} annotator: an OpenNLP name finder fitted on the training set's gold mentions (see
 * {@link NameSampleEncoder} and {@link OpenNlpNameFinderTrainer}) over the UD sentence detector and tokenizer.
 *
 * <p>A training set without any encodable mention is rejected with an {@link AnnotationException}, rather than
 * giving a model that silently finds nothing. Gold mentions that cannot be encoded are reported in
 * {@link #diagnostics()}. Annotating before {@link #fit} is an {@link AnnotationException}.
 *
 * <p>Serialisable, so that an engine can ship the fitted annotator to other JVMs: the fitted name finder travels in
 * OpenNLP's own model format, with the training settings and the notes of the fit; the UD sentence and tokenizer
 * models are not sent but taken from the classpath of the receiving JVM (read once per JVM, see
 * {@link OpenNlpModelResources}). A restored copy has no {@link #lastTrainingData()}.
 */
public final class OpenNlpTrainedEntityAnnotator implements EntityAnnotator, Trainable, SentenceSplitter, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How many unencodable mentions the notes list one by one. */
    private static final int LISTED_UNENCODABLE = 10;

    private final OpenNlpTextSegmenter segmenter;
    private final NameSampleEncoder encoder;
    private final OpenNlpNameFinderTrainer trainer;
    /** Replaced by each fit; read by concurrent annotate calls, which never run during a fit. */
    private volatile Fitted fitted;

    /** The fitted model with its tagger, the notes of the fit, and its training data (null on a restored copy). */
    private record Fitted(OpenNlpNameTagger tagger, TokenNameFinderModel model, List<String> fitNotes,
            EncodedNames encoded) {
    }

    public OpenNlpTrainedEntityAnnotator(OpenNlpTextSegmenter segmenter, OpenNlpNameFinderTrainer trainer) {
        this.segmenter = segmenter;
        this.encoder = new NameSampleEncoder(segmenter);
        this.trainer = trainer;
    }

    @Override
    public void fit(TrainingSet trainingSet) throws AnnotationException {
        EncodedNames encoded = encoder.encode(trainingSet.documents(), trainingSet.entities());
        if (encoded.encodedMentions() == 0) {
            throw new AnnotationException("cannot fit the OpenNLP name finder: the training set's "
                    + trainingSet.documents().size() + " document(s) have no gold entity mention that aligns to"
                    + " tokens (" + trainingSet.entities().size() + " mention(s) given, "
                    + encoded.unencodable().size() + " unencodable)");
        }
        try {
            fitted = fitted(trainer.train(encoded.samples()), fitNotes(encoded), encoded);
        } catch (IOException | RuntimeException e) {
            throw new AnnotationException("fitting the OpenNLP name finder on " + trainingSet.documents().size()
                    + " document(s) failed: " + e.getMessage(), e);
        }
    }

    private Fitted fitted(TokenNameFinderModel model, List<String> fitNotes, EncodedNames encoded) {
        return new Fitted(new OpenNlpNameTagger(segmenter, List.of(TypedNameFinder.withOwnTypes("trained", model))),
                model, fitNotes, encoded);
    }

    @Override
    public List<EntityMention> annotateEntities(Document document) throws AnnotationException {
        Fitted current = fitted;
        if (current == null) {
            throw new AnnotationException("opennlp-trained cannot annotate document " + document.id()
                    + ": fit() has not been called");
        }
        return current.tagger().tag(document);
    }

    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        return segmenter.sentencesOrFail(document);
    }

    /** The model of the last fit, for saving or inspection; null before the first fit. */
    public TokenNameFinderModel model() {
        Fitted current = fitted;
        return current == null ? null : current.model();
    }

    /** The training data of the last fit, null before the first fit and on a deserialised copy. */
    public EncodedNames lastTrainingData() {
        Fitted current = fitted;
        return current == null ? null : current.encoded();
    }

    /**
     * Notes on the last fit: how many gold mentions were encoded, and how many (and which, up to ten) could not be,
     * with the reason, and their count by gold type. No labels are dropped: the model's types are the gold's.
     */
    @Override
    public AnnotatorDiagnostics diagnostics() {
        Fitted current = fitted;
        if (current == null) {
            return AnnotatorDiagnostics.NONE;
        }
        List<String> notes = new ArrayList<>(current.fitNotes());
        notes.add(segmenter.refinementNote());
        return new AnnotatorDiagnostics(Map.of(), notes);
    }

    private List<String> fitNotes(EncodedNames encoded) {
        List<String> notes = new ArrayList<>();
        notes.add("training: " + trainer.settings() + "; " + encoded.encodedMentions() + " gold mention(s) encoded in "
                + encoded.samples().size() + " sentence(s); " + encoded.unencodable().size()
                + " could not be encoded (not on token boundaries, across sentences or overlapping) and were"
                + " trained as outside-of-name");
        Map<String, Long> byType = new TreeMap<>();
        for (int i = 0; i < encoded.unencodable().size(); i++) {
            UnencodableMention unencodable = encoded.unencodable().get(i);
            byType.merge(unencodable.mention().type(), 1L, Long::sum);
            if (i < LISTED_UNENCODABLE) {
                notes.add("unencodable gold mention " + unencodable);
            }
        }
        if (!byType.isEmpty()) {
            notes.add(1, "unencodable gold mentions by type: " + byType);
        }
        return List.copyOf(notes);
    }

    /** Serialised as {@link SerializedForm}: the segmenter and OpenNLP's objects are not serialisable themselves. */
    @Serial
    private Object writeReplace() {
        NameFinderTrainingSettings settings = trainer.settings();
        Fitted current = fitted;
        byte[] model = current == null ? null : OpenNlpModelBytes.of(current.model());
        return new SerializedForm(segmenter.refinesBoundaries(), settings.algorithm(), settings.iterations(),
                settings.cutoff(), settings.features(), settings.featureDescriptor().orElse(null), model,
                current == null ? null : new ArrayList<>(current.fitNotes()));
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("an OpenNlpTrainedEntityAnnotator is read through its SerializedForm");
    }

    /** The serialised annotator: settings, the model in OpenNLP's format (null if unfitted), the notes of the fit. */
    private record SerializedForm(boolean refineBoundaries, String algorithm, int iterations, int cutoff,
            String features, byte[] featureDescriptor, byte[] model, ArrayList<String> fitNotes)
            implements Serializable {

        @Serial
        private Object readResolve() throws IOException {
            OpenNlpTrainedEntityAnnotator annotator = new OpenNlpTrainedEntityAnnotator(
                    OpenNlpTextSegmenter.fromClasspathModels(refineBoundaries),
                    new OpenNlpNameFinderTrainer(new NameFinderTrainingSettings(algorithm, iterations, cutoff,
                            features, Optional.ofNullable(featureDescriptor))));
            if (model != null) {
                annotator.fitted = annotator.fitted(new TokenNameFinderModel(new ByteArrayInputStream(model)),
                        List.copyOf(fitNotes), null);
            }
            return annotator;
        }
    }

    /** Nothing to release: the models are plain heap objects; narrowed so that callers need not catch Exception. */
    @Override
    public void close() {
    }
}
