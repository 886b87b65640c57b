package org.newsbench.api;

import java.util.List;

/** Finds named-entity mentions, with types mapped to the gold's type set. */
public interface EntityAnnotator extends Annotator {

    /**
     * The mentions found in {@code document}, each with its code-point span and the text at it.
     *
     * @throws AnnotationException when the document cannot be annotated; the evaluation records it and goes on
     *                             with the other documents
     */
    List<EntityMention> annotateEntities(Document document) throws AnnotationException;
}
