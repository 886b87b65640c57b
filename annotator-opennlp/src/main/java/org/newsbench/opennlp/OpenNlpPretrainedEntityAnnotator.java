package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;

/**
 * The {@code opennlp} annotator: pretrained OpenNLP name-finder models from the user's model directory (one gold
 * type per model file), over the UD sentence detector and tokenizer. Thread-safe.
 */
public final class OpenNlpPretrainedEntityAnnotator implements EntityAnnotator, SentenceSplitter {

    private final OpenNlpTextSegmenter segmenter;
    private final OpenNlpNameTagger tagger;
    private final List<String> loadNotes;

    /**
     * @param loadNotes       what was loaded and skipped, reported by {@link #diagnostics()}
     * @param resolveOverlaps whether overlapping mentions of different models are resolved ({@link OpenNlpNameTagger})
     */
    public OpenNlpPretrainedEntityAnnotator(OpenNlpTextSegmenter segmenter, List<TypedNameFinder> finders,
            List<String> loadNotes, boolean resolveOverlaps) {
        this.segmenter = segmenter;
        this.tagger = new OpenNlpNameTagger(segmenter, finders, resolveOverlaps);
        this.loadNotes = List.copyOf(loadNotes);
    }

    @Override
    public List<EntityMention> annotateEntities(Document document) throws AnnotationException {
        return tagger.tag(document);
    }

    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        return segmenter.sentencesOrFail(document);
    }

    /** Which model files were loaded with which gold type, and which were skipped; boundary refinement; overlaps. */
    @Override
    public AnnotatorDiagnostics diagnostics() {
        List<String> notes = new ArrayList<>(loadNotes);
        notes.add(segmenter.refinementNote());
        notes.add(tagger.overlapNote());
        return new AnnotatorDiagnostics(Map.of(), notes);
    }

    /** Nothing to release: the models are plain heap objects; narrowed so that callers need not catch Exception. */
    @Override
    public void close() {
    }
}
