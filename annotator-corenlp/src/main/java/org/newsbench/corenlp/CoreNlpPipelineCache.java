package org.newsbench.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * One loaded {@link StanfordCoreNLP} per distinct {@link PipelineProperties} per JVM. Loading takes seconds and
 * gigabytes, so every annotator, document and cross-validation fold with the same properties reuses the same
 * pipeline; {@code StanfordCoreNLP.annotate} on separate {@code Annotation}s is thread-safe.
 */
final class CoreNlpPipelineCache {

    private static final LoadOnceCache<PipelineProperties, StanfordCoreNLP> PIPELINES = new LoadOnceCache<>();

    private CoreNlpPipelineCache() {
    }

    /** The pipeline for {@code properties}, loaded on first use. */
    static StanfordCoreNLP pipeline(PipelineProperties properties) {
        return PIPELINES.get(properties, key -> new StanfordCoreNLP(key.toProperties()));
    }

    /** How many pipelines have been loaded in this JVM (for tests of the loading policy). */
    static int loadedCount() {
        return PIPELINES.size();
    }
}
