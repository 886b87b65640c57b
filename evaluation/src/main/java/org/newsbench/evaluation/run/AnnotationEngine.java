package org.newsbench.evaluation.run;

import org.newsbench.api.Annotator;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.spi.ProviderException;

/**
 * Where a provider's documents are annotated: this JVM's threads ({@code local}, the default) or the executors of a
 * cluster ({@code spark}). Engines are found with {@link java.util.ServiceLoader} through
 * {@link AnnotationEngineFactory} and chosen with {@code --engine}.
 *
 * <p>What crosses to an engine is data, not a live model: the provider's id and configuration, the tasks, the
 * documents with their gold stance questions, and for a trainable provider the annotator fitted on the driver (its
 * fitted state). An engine builds a pretrained provider's annotator where it annotates; every engine checks output
 * with {@link BackendOutputCheck} through {@link CheckedDocumentAnnotator}, and turns a document that fails into a
 * failure with its reason, never into a failed run.
 */
public interface AnnotationEngine extends AutoCloseable {

    /** The name {@code --engine} selects it by. */
    String name();

    /**
     * Whether this engine can annotate with {@code fitted}, an annotator fitted on the driver. An engine whose workers
     * are other JVMs needs the fitted state to be serialisable; when it is not, the fold runs on the local engine.
     */
    boolean acceptsFitted(Annotator fitted);

    /**
     * Annotates every job of {@code work} and reports each document's checked output, or its failure, to
     * {@code outcomes} (possibly from several threads).
     *
     * @return the annotator's diagnostics, where the engine can gather them
     * @throws ProviderException when the provider's annotator cannot be built at all
     */
    AnnotatorDiagnostics annotate(AnnotationWork work, DocumentOutcomes outcomes) throws ProviderException;

    /** Releases what the engine holds (threads, a cluster context); never throws. */
    @Override
    void close();
}
