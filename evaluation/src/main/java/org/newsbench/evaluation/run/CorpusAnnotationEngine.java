package org.newsbench.evaluation.run;

/**
 * An engine that annotates a corpus where its workers are, without this JVM reading it: {@code annotate} hands such
 * an engine the corpus location instead of the documents, and it writes the predictions as JSONL part files.
 */
public interface CorpusAnnotationEngine {

    /**
     * Annotates every document at {@code request.input()} with one pretrained provider and writes one JSON line per
     * document (its predictions, or its failure with the reason) under {@code <output>/predictions/<provider id>/}.
     *
     * @throws IllegalArgumentException naming the location, when the input cannot be read or the output exists
     */
    CorpusAnnotationResult annotateCorpus(CorpusAnnotationRequest request);
}
