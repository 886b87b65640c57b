package org.newsbench.corenlp;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.StanceInstance;

/**
 * The sentences of one document that stance instances point at: checks each instance belongs to the document and
 * lies inside it, slices its text and analyses it, wrapping library failures with the document's id.
 */
final class StanceSentences {

    private final Document document;
    private final CodePointOffsets offsets;
    private final String textDigest;

    StanceSentences(Document document) {
        this.document = document;
        this.offsets = document.offsets();
        this.textDigest = CoreNlpSentenceAnalyzer.textDigest(document);
    }

    /** The text of the instance's sentence, checked to belong to the document and lie inside it. */
    String text(StanceInstance instance) throws AnnotationException {
        return instance.sentenceIn(document, offsets);
    }

    /** CoreNLP's analysis of the instance's sentence (cached by the analyser). */
    SentenceAnalysis analyze(CoreNlpSentenceAnalyzer analyzer, StanceInstance instance) throws AnnotationException {
        String sentence = text(instance);
        try {
            return analyzer.analyze(document, textDigest, instance.span(), sentence);
        } catch (RuntimeException e) {
            throw new AnnotationException("CoreNLP failed on sentence " + instance.span() + " of document "
                    + document.id() + ": " + e, e);
        }
    }
}
