package org.newsbench.evaluation.run;

/** Told by an engine what became of each document of an {@link AnnotationWork}; called from any thread. */
public interface DocumentOutcomes {

    /** An annotator was built in {@code millis} (once locally; once per executor JVM on a cluster). */
    void loaded(long millis);

    void succeeded(DocumentJob job, DocumentAnnotations annotations);

    /** The document failed: the backend threw or broke the output contract; {@code reason} is one line. */
    void failed(DocumentJob job, String reason);
}
