package org.newsbench.opennlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
public final class OpenNlpTrainedEntityAnnotator implements EntityAnnotator, Trainable, SentenceSplitter {

    /** How many unencodable mentions the notes list one by one. */
    private static final int LISTED_UNENCODABLE = 10;

    private final OpenNlpTextSegmenter segmenter;
    private final NameSampleEncoder encoder;
    private final OpenNlpNameFinderTrainer trainer;
    /** Replaced by each fit; read by concurrent annotate calls, which never run during a fit. */
    private volatile Fitted fitted;

    private record Fitted(OpenNlpNameTagger tagger, TokenNameFinderModel model, EncodedNames encoded) {
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
            TokenNameFinderModel model = trainer.train(encoded.samples());
            fitted = new Fitted(new OpenNlpNameTagger(segmenter, List.of(TypedNameFinder.withOwnTypes("trained", model))),
                    model, encoded);
        } catch (IOException | RuntimeException e) {
            throw new AnnotationException("fitting the OpenNLP name finder on " + trainingSet.documents().size()
                    + " document(s) failed: " + e.getMessage(), e);
        }
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

    /** The training data of the last fit, null before the first fit. */
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
        EncodedNames encoded = current.encoded();
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
        notes.add(segmenter.refinementNote());
        return new AnnotatorDiagnostics(Map.of(), notes);
    }

    /** Nothing to release: the models are plain heap objects; narrowed so that callers need not catch Exception. */
    @Override
    public void close() {
    }
}
