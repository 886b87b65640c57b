package org.newsbench.api;

/**
 * What every annotator is: something that may hold models and must be closed. An annotator implements
 * {@link EntityAnnotator}, {@link StanceAnnotator} or both, and optionally {@link Trainable} and
 * {@link SentenceSplitter}.
 *
 * <p>Thread safety: the evaluation may call the annotate methods of one instance from several threads at once,
 * but never while {@link Trainable#fit} runs. An implementation whose library is not thread-safe must guard it
 * (one instance per thread, or a lock).
 */
public interface Annotator extends AutoCloseable {

    /** What the annotator noticed while running: labels it could not map, inputs it treated specially. */
    default AnnotatorDiagnostics diagnostics() {
        return AnnotatorDiagnostics.NONE;
    }

    /** Releases models; the default holds none. */
    @Override
    default void close() throws Exception {
    }
}
