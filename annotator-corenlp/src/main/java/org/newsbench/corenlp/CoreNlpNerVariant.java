package org.newsbench.corenlp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CoreNLP NER configurations offered as providers: the default pipeline, which combines the three CRF models of
 * the models jar with numeric classifiers and SUTime ({@code corenlp}), and one provider per CRF model, run alone
 * ({@code ner.model} = that model; no numeric classifiers, SUTime or fine-grained rules), so that a researcher can
 * choose among CoreNLP's models. Every variant tokenises and splits sentences alike, so CoreNLP's annotator pool
 * shares one tokenizer, splitter, tagger and lemmatizer among the variants loaded in a JVM.
 */
enum CoreNlpNerVariant {

    /**
     * Coarse NER by default: against the gold it scores as fine-grained NER does (strict micro-F1 0.840 vs 0.844,
     * intervals overlapping almost entirely) at a third of the time and half the heap (see README).
     */
    COMBINED("corenlp", "Named entities from Stanford CoreNLP's default NER pipeline (its 3-, 4- and 7-class CRFs"
            + " combined, numeric classifiers, SUTime) and its entity mentions, labels mapped to"
            + " PERSON/ORGANIZATION/LOCATION/MISC",
            "/org/newsbench/corenlp/corenlp-entity-types.properties",
            List.of(ModelResources.THREE_CLASS_NER_MODEL, ModelResources.FOUR_CLASS_NER_MODEL,
                    ModelResources.SEVEN_CLASS_NER_MODEL),
            Map.of("ner.applyFineGrained", "false")),
    CONLL4("corenlp-conll4", "Named entities from CoreNLP's CoNLL 4-class CRF alone"
            + " (english.conll.4class.distsim: PERSON, ORGANIZATION, LOCATION, MISC)",
            "/org/newsbench/corenlp/corenlp-conll4-entity-types.properties",
            List.of(ModelResources.FOUR_CLASS_NER_MODEL), singleModel(ModelResources.FOUR_CLASS_NER_MODEL)),
    MUC7("corenlp-muc7", "Named entities from CoreNLP's MUC 7-class CRF alone (english.muc.7class.distsim:"
            + " PERSON, ORGANIZATION, LOCATION; its DATE, TIME, MONEY, PERCENT dropped and counted)",
            "/org/newsbench/corenlp/corenlp-muc7-entity-types.properties",
            List.of(ModelResources.SEVEN_CLASS_NER_MODEL), singleModel(ModelResources.SEVEN_CLASS_NER_MODEL)),
    THREE_CLASS("corenlp-3class", "Named entities from CoreNLP's 3-class CRF alone (english.all.3class.distsim:"
            + " PERSON, ORGANIZATION, LOCATION)",
            "/org/newsbench/corenlp/corenlp-3class-entity-types.properties",
            List.of(ModelResources.THREE_CLASS_NER_MODEL), singleModel(ModelResources.THREE_CLASS_NER_MODEL));

    /** Properties every variant shares: a line break always ends a sentence (one paragraph or item a line). */
    private static final Map<String, String> SHARED_PIPELINE = Map.of(
            "annotators", "tokenize,ssplit,pos,lemma,ner",
            "ssplit.newlineIsSentenceBreak", "always");

    private final String id;
    private final String description;
    private final String mappingResource;
    private final List<String> models;
    private final Map<String, String> nerProperties;

    CoreNlpNerVariant(String id, String description, String mappingResource, List<String> models,
                      Map<String, String> nerProperties) {
        this.id = id;
        this.description = description;
        this.mappingResource = mappingResource;
        this.models = models;
        this.nerProperties = nerProperties;
    }

    /**
     * One CRF, nothing combined with it. {@code ner.useNERSpecificTokenization=false}: the CRF labels the pipeline's
     * own tokens, in which hyphenated compounds are split ("Russia-Ukraine" is Russia, -, Ukraine, as the gold splits
     * them) instead of CoreNLP re-joining them for NER, so its mentions are exactly the raw classifier's on these
     * tokens.
     */
    private static Map<String, String> singleModel(String model) {
        return Map.of("ner.model", model,
                "ner.applyNumericClassifiers", "false",
                "ner.useSUTime", "false",
                "ner.applyFineGrained", "false",
                "ner.useNERSpecificTokenization", "false");
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    /** The bundled label mapping, a classpath resource. */
    String mappingResource() {
        return mappingResource;
    }

    /** The CRF model resources this variant loads. */
    List<String> models() {
        return models;
    }

    /** The default pipeline properties of this variant. */
    Map<String, String> defaultPipeline() {
        Map<String, String> defaults = new TreeMap<>(SHARED_PIPELINE);
        defaults.putAll(nerProperties);
        return defaults;
    }

    /** Keys besides the common ones: only the combined pipeline has the fine-grained switch. */
    Set<String> extraKeys() {
        return this == COMBINED ? Set.of(CoreNlpEntityProvider.FINE_GRAINED_KEY) : Set.of();
    }
}
