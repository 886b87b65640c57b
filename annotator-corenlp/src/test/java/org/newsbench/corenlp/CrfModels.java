package org.newsbench.corenlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Raw CoreNLP CRF classifiers for the tests, loaded once per model per test JVM (surefire runs every test class in
 * one JVM), as {@link CoreNlpPipelineCache} loads each pipeline once.
 */
final class CrfModels {

    private static final ConcurrentMap<String, CRFClassifier<CoreLabel>> LOADED = new ConcurrentHashMap<>();

    private CrfModels() {
    }

    /** The classifier serialised at the classpath resource {@code model}. */
    static CRFClassifier<CoreLabel> classifier(String model) {
        return LOADED.computeIfAbsent(model, CrfModels::load);
    }

    private static CRFClassifier<CoreLabel> load(String model) {
        try {
            return CRFClassifier.getClassifier(model);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the CRF model " + model, e);
        }
    }
}
