package org.newsbench.corenlp;

import java.util.List;

import org.newsbench.api.spi.Availability;

/**
 * Whether the CoreNLP model files a provider needs are on the classpath; a provider's availability check, so it
 * never loads a model and never throws.
 */
final class ModelResources {

    static final String THREE_CLASS_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String FOUR_CLASS_NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String SEVEN_CLASS_NER_MODEL = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    static final String PCFG_PARSER_MODEL = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";
    static final String SENTIMENT_MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";

    private ModelResources() {
    }

    /** Available when the CoreNLP classes and every one of {@code resources} can be found. */
    static Availability availability(List<String> resources) {
        try {
            ClassLoader loader = ModelResources.class.getClassLoader();
            Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false, loader);
            for (String resource : resources) {
                if (loader.getResource(resource) == null) {
                    return Availability.unavailable("CoreNLP model " + resource + " is not on the classpath: add "
                            + "edu.stanford.nlp:stanford-corenlp:4.5.10:models");
                }
            }
            return Availability.available();
        } catch (ClassNotFoundException | LinkageError e) {
            return Availability.unavailable("Stanford CoreNLP 4.5.10 is not on the classpath: " + e);
        } catch (RuntimeException e) {
            return Availability.unavailable("could not check for CoreNLP models: " + e);
        }
    }
}
