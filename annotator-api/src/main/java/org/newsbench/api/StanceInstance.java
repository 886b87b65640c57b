package org.newsbench.api;

import java.util.Objects;

/** One question of the stance task: what does the sentence at {@code span} of document {@code docId} say of {@code target}? */
public record StanceInstance(String docId, Span span, StanceTarget target) {

    public StanceInstance {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(target, "target");
    }

    /**
     * The text of this question's sentence, after checking that the question is about {@code document} and lies inside
     * it: what every stance annotator must check before it reads the sentence.
     *
     * @param offsets {@code document}'s offsets, computed once by the caller for all of the document's questions
     * @throws AnnotationException if the question is of another document or its span ends after the text
     */
    public String sentenceIn(Document document, CodePointOffsets offsets) throws AnnotationException {
        if (!docId.equals(document.id())) {
            throw new AnnotationException("stance instance of document " + docId + " was passed with document "
                    + document.id());
        }
        if (span.end() > offsets.codePointLength()) {
            throw new AnnotationException("stance instance " + span + " ends after the " + offsets.codePointLength()
                    + " code points of document " + document.id());
        }
        return offsets.slice(span);
    }
}
