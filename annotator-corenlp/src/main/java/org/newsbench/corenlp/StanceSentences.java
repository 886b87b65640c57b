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

    /** The text of the instance's sentence. */
    String text(StanceInstance instance) throws AnnotationException {
        if (!instance.docId().equals(document.id())) {
            throw new AnnotationException("stance instance of document " + instance.docId()
                    + " was passed with document " + document.id());
        }
        if (instance.span().end() > offsets.codePointLength()) {
            throw new AnnotationException("stance instance " + instance.span() + " ends after the "
                    + offsets.codePointLength() + " code points of document " + document.id());
        }
        return offsets.slice(instance.span());
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
