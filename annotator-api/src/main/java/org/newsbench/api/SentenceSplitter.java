package org.newsbench.api;

import java.util.List;

/**
 * An annotator's own sentence segmentation, used to make stance instances for a corpus that has no gold sentences.
 */
public interface SentenceSplitter {

    /** The sentences of {@code document}, in order, as non-overlapping code-point spans. */
    List<Span> sentences(Document document) throws AnnotationException;
}
