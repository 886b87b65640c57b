package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * Each single-model variant gives exactly the mentions its CRF model gives when run raw ({@link CRFClassifier}) on
 * the same text and tokens: maximal runs of tokens with the same non-background label, kept when the label is a gold
 * type. The provider runs with its defaults: the pronoun filter drops the pronominal mentions ("his" PERSON) that
 * CoreNLP's entity-mention step adds beside the CRF's (tested in {@code CoreNlpMentionFilterKeysTest}).
 */
class CoreNlpNerVariantsTest {

    private static final Set<String> GOLD_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private record Labelled(Span span, String label) {
    }

    @ParameterizedTest
    @EnumSource(value = CoreNlpNerVariant.class, names = {"CONLL4", "MUC7", "THREE_CLASS"})
    void aVariantsMentionsEqualItsRawClassifiersOnTheCorpus(CoreNlpNerVariant variant) throws Exception {
        var annotator = (CoreNlpEntityAnnotator) new CoreNlpEntityProvider(variant).create(ProviderConfiguration.EMPTY);
        PipelineProperties properties = CoreNlpEntityProvider.pipelineProperties(variant, ProviderConfiguration.EMPTY);
        CRFClassifier<CoreLabel> raw = CrfModels.classifier(variant.models().get(0));
        int compared = 0;
        for (Document document : CorpusText.all()) {
            List<Labelled> expected = rawMentions(raw, properties, document).stream()
                    .filter(m -> GOLD_TYPES.contains(m.label())).toList();
            List<EntityMention> actual = annotator.annotateEntities(document);
            assertThat(actual).as(document.id()).allMatch(m -> m.type().equals(m.sourceLabel()));
            assertThat(actual).extracting(m -> new Labelled(m.span(), m.sourceLabel())).as(document.id())
                    .containsExactlyInAnyOrderElementsOf(expected);
            compared += expected.size();
        }
        System.out.println(variant.id() + ": " + compared + " mentions equal to the raw CRF's");
        assertThat(compared).isGreaterThan(200);
    }

    /** The raw CRF's labels on copies of the pipeline's own tokens, grouped into runs of the same label. */
    private static List<Labelled> rawMentions(CRFClassifier<CoreLabel> classifier, PipelineProperties properties,
                                             Document document) {
        Annotation annotation = new Annotation(document.text());
        CoreNlpPipelineCache.pipeline(properties).annotate(annotation);
        String background = classifier.backgroundSymbol();
        List<Labelled> mentions = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                CoreLabel copy = new CoreLabel(token);
                copy.remove(CoreAnnotations.AnswerAnnotation.class);
                copy.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
                tokens.add(copy);
            }
            List<CoreLabel> labelled = classifier.classifySentence(tokens);
            int i = 0;
            while (i < labelled.size()) {
                String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                int j = i + 1;
                while (j < labelled.size() && label.equals(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                    j++;
                }
                if (!label.equals(background)) {
                    mentions.add(new Labelled(document.offsets().spanOfUtf16(labelled.get(i).beginPosition(),
                            labelled.get(j - 1).endPosition()), label));
                }
                i = j;
            }
        }
        return mentions;
    }

    @Test
    void muc7DropsItsDateTimeMoneyAndPercentMentionsAndCountsThem() throws Exception {
        var annotator = (CoreNlpEntityAnnotator) new CoreNlpMuc7Provider().create(ProviderConfiguration.EMPTY);
        Document document = new Document("muc", "On 3 August 2024 at 10 a.m., Mali's government in Bamako said"
                + " Ukraine had paid $5 million, 10 percent of the total, to the Wagner Group.");
        List<EntityMention> mentions = annotator.annotateEntities(document);
        assertThat(mentions).extracting(EntityMention::type).isSubsetOf(GOLD_TYPES);
        assertThat(mentions).extracting(EntityMention::text).contains("Mali", "Bamako", "Ukraine");
        assertThat(annotator.diagnostics().droppedLabels()).containsKeys("DATE", "MONEY", "PERCENT");
    }

    @Test
    void everyVariantIsAServiceWithItsOwnIdAndModel() {
        List<AnnotatorProvider> providers = java.util.ServiceLoader.load(AnnotatorProvider.class).stream()
                .map(java.util.ServiceLoader.Provider::get).toList();
        assertThat(providers).extracting(p -> p.descriptor().id())
                .contains("corenlp", "corenlp-conll4", "corenlp-muc7", "corenlp-3class");
        for (CoreNlpNerVariant variant : CoreNlpNerVariant.values()) {
            PipelineProperties properties = new CoreNlpEntityProvider(variant).availability().isAvailable()
                    ? pipeline(variant) : null;
            assertThat(properties).as(variant.id()).isNotNull();
            if (variant != CoreNlpNerVariant.COMBINED) {
                assertThat(properties.get("ner.model")).contains(variant.models().get(0));
                assertThat(properties.get("ner.applyNumericClassifiers")).contains("false");
                assertThat(properties.get("ner.useSUTime")).contains("false");
                assertThat(properties.get("ner.useNERSpecificTokenization")).contains("false");
            }
            assertThat(properties.get("ner.applyFineGrained")).contains("false");
            assertThat(properties.get("ssplit.newlineIsSentenceBreak")).contains("always");
        }
    }

    private static PipelineProperties pipeline(CoreNlpNerVariant variant) {
        try {
            return CoreNlpEntityProvider.pipelineProperties(variant, ProviderConfiguration.EMPTY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
