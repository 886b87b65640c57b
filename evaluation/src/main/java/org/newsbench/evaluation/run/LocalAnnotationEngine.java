package org.newsbench.evaluation.run;

import java.util.List;
import java.util.Map;

import org.newsbench.api.Annotator;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.spi.ProviderException;

/**
 * The default engine: documents annotated on a {@link ThreadPoolDocumentLoop} of this JVM, each within the work's
 * {@link DocumentTimeLimit}. A pretrained provider's annotator is built here for the batch and closed after it; a
 * fitted one is used as given.
 */
public final class LocalAnnotationEngine implements AnnotationEngine {

    public static final String NAME = "local";

    private final int threads;

    public LocalAnnotationEngine(int threads) {
        this.threads = threads;
    }

    /** Found by ServiceLoader under the name {@code local}. */
    public static final class Factory implements AnnotationEngineFactory {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public AnnotationEngine open(EngineOptions options) {
            return new LocalAnnotationEngine(options.threads());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean acceptsFitted(Annotator fitted) {
        return true;
    }

    @Override
    public AnnotatorDiagnostics annotate(AnnotationWork work, DocumentOutcomes outcomes) throws ProviderException {
        if (work.fitted().isPresent()) {
            annotateAll(work.fitted().get(), work, outcomes);
            return AnnotatorDiagnostics.NONE;
        }
        long loadStart = System.nanoTime();
        Annotator annotator;
        try {
            annotator = work.provider().create(work.configuration());
        } catch (Exception | LinkageError e) {
            throw new ProviderException(FailureDescription.of(e), e);
        }
        outcomes.loaded((System.nanoTime() - loadStart) / 1_000_000);
        try {
            annotateAll(annotator, work, outcomes);
            return diagnosticsOf(annotator);
        } finally {
            close(annotator);
        }
    }

    private void annotateAll(Annotator annotator, AnnotationWork work, DocumentOutcomes outcomes) {
        CheckedDocumentAnnotator checked = new CheckedDocumentAnnotator(annotator, work.tasks(), work.questions());
        try (DocumentTimeLimit timeLimit = new DocumentTimeLimit(work.documentTimeout())) {
            new ThreadPoolDocumentLoop(threads).run(work.jobs(), job -> {
                try {
                    outcomes.succeeded(job, timeLimit.call(() -> checked.annotate(job)));
                } catch (Exception | StackOverflowError e) {
                    outcomes.failed(job, FailureDescription.of(e));
                }
            });
        }
    }

    /** The annotator's diagnostics; one that throws is noted instead. */
    static AnnotatorDiagnostics diagnosticsOf(Annotator annotator) {
        try {
            AnnotatorDiagnostics diagnostics = annotator.diagnostics();
            return diagnostics == null ? AnnotatorDiagnostics.NONE : diagnostics;
        } catch (RuntimeException e) {
            return new AnnotatorDiagnostics(Map.of(), List.of("diagnostics() threw " + e));
        }
    }

    static void close(Annotator annotator) {
        try {
            annotator.close();
        } catch (Exception e) {
            System.err.println("warning: closing " + annotator.getClass().getName() + " failed: " + e);
        }
    }

    @Override
    public void close() {
    }
}
