package org.newsbench.evaluation.run;

/**
 * The SPI by which engines are found: list an implementation in
 * {@code META-INF/services/org.newsbench.evaluation.run.AnnotationEngineFactory}. Constructing one must be cheap.
 */
public interface AnnotationEngineFactory {

    /** The name {@code --engine} selects it by: {@code local}, {@code spark}. */
    String name();

    /** Starts the engine; the caller closes it. */
    AnnotationEngine open(EngineOptions options);
}
