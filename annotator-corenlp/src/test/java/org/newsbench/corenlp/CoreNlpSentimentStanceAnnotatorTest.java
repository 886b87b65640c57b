package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.AnnotationException;
import org.newsbench.api.Document;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.spi.ProviderConfiguration;

/** The {@code corenlp-sentiment} provider with the real parser and sentiment model. Loads one pipeline. */
class CoreNlpSentimentStanceAnnotatorTest {

    private static CoreNlpSentimentStanceAnnotator annotator;

    @BeforeAll
    static void loadPipeline() throws Exception {
        annotator = (CoreNlpSentimentStanceAnnotator) new CoreNlpSentimentProvider().create(ProviderConfiguration.EMPTY);
    }

    private static StancePrediction predictOne(String text, org.newsbench.api.StanceTarget target) throws Exception {
        Document document = new Document("doc-" + Math.abs(text.hashCode()), text);
        StanceInstance instance = new StanceInstance(document.id(), new Span(0, document.codePointLength()), target);
        return annotator.predictStance(document, List.of(instance)).get(0);
    }

    @Test
    void aNegativeSentenceNamingTheTargetIsAgainstIt() throws Exception {
        assertThat(predictOne("Russia committed horrible, disgusting and cruel crimes.", StanceFixtures.RUSSIA).label())
                .isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void aPositiveSentenceNamingTheTargetIsInFavourOfIt() throws Exception {
        assertThat(predictOne("Mali is a wonderful, generous and brave friend.", StanceFixtures.MALI).label())
                .isEqualTo(StanceLabel.FAVOR);
    }

    @Test
    void aTargetTheSentenceDoesNotNameIsNoneHoweverStrongTheSentiment() throws Exception {
        assertThat(predictOne("Russia committed horrible, disgusting and cruel crimes.", StanceFixtures.UKRAINE).label())
                .isEqualTo(StanceLabel.NONE);
    }

    @Test
    void aCorpusDocumentGetsOnePredictionPerInstanceInOrder() throws Exception {
        Document document = CorpusText.document("001_f23d0374e383327e");
        List<StanceInstance> instances = StanceFixtures.instances(document);
        List<StancePrediction> predictions = annotator.predictStance(document, instances);
        assertThat(predictions).extracting(StancePrediction::instance).containsExactlyElementsOf(instances);
        for (StancePrediction prediction : predictions) {
            String sentence = document.offsets().slice(prediction.instance().span());
            if (!TargetMentionMatcher.mentions(sentence, prediction.instance().target())) {
                assertThat(prediction.label()).as(sentence).isEqualTo(StanceLabel.NONE);
            }
        }
        assertThat(predictions).extracting(StancePrediction::label).contains(StanceLabel.AGAINST);
    }

    @Test
    void aSentenceOverTheParseBoundFallsBackToNoneAndIsReported() throws Exception {
        String longSentence = "Russia " + "and the terrible war ".repeat(25) + "went on.";
        long start = System.nanoTime();
        StancePrediction prediction = predictOne(longSentence, StanceFixtures.RUSSIA);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(prediction.label()).isEqualTo(StanceLabel.NONE);
        assertThat(annotator.diagnostics().notes())
                .anyMatch(note -> note.contains("longer than 80 tokens") && note.contains("(104 tokens)"));
    }

    @Test
    void eachSentenceIsAnalysedOnceWhateverTheTargetOrCall() throws Exception {
        CoreNlpSentenceAnalyzer analyzer = CoreNlpSentenceAnalyzer.shared(
                CoreNlpSentenceAnalyzer.pipelineProperties("test", ProviderConfiguration.EMPTY), true);
        Document document = new Document("cache", "Kiev called the move short-sighted.");
        Span span = new Span(0, document.codePointLength());
        String digest = CoreNlpSentenceAnalyzer.textDigest(document);
        SentenceAnalysis first = analyzer.analyze(document, digest, span, document.text());
        assertThat(analyzer.analyze(document, digest, span, document.text())).isSameAs(first);
        assertThat(first.parsed()).isTrue();
    }

    @Test
    void emptyInputsGiveNoOrNonePredictionsAndBadSpansNameTheDocument() throws Exception {
        assertThat(annotator.predictStance(new Document("empty", ""), List.of())).isEmpty();
        StanceInstance instance = new StanceInstance("empty", new Span(0, 5), StanceFixtures.MALI);
        assertThat(annotator.predictStance(new Document("empty", ""), List.of(instance)))
                .extracting(StancePrediction::label).containsExactly(StanceLabel.NONE);
        StanceInstance outside = new StanceInstance("short", new Span(0, 500), StanceFixtures.MALI);
        assertThatThrownBy(() -> annotator.predictStance(new Document("short", "Mali."), List.of(outside)))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("short");
    }

    @Test
    void theParseBoundIsConfigurable() throws Exception {
        var properties = CoreNlpSentenceAnalyzer.pipelineProperties("test",
                ProviderConfiguration.of(Map.of("pipeline.parse.maxlen", "5")));
        CoreNlpSentenceAnalyzer analyzer = CoreNlpSentenceAnalyzer.shared(properties, true);
        assertThat(analyzer.maxParseTokens()).isEqualTo(5);
        Document document = new Document("bound", "Kiev called the move short-sighted.");
        assertThat(analyzer.analyze(document, "x", new Span(0, document.codePointLength()), document.text()).parsed())
                .isFalse();
    }

    @Test
    void splitsItsOwnSentencesForCorporaWithoutGoldSentences() throws Exception {
        Document document = CorpusText.document("001_f23d0374e383327e");
        var sentences = annotator.sentences(document);

        assertThat(sentences).hasSizeGreaterThan(10);
        assertThat(document.offsets().slice(sentences.get(0))).startsWith("Mali has severed its diplomatic ties");
        assertThat(document.offsets().slice(sentences.get(1))).isEqualTo("Kiev called the move short-sighted.");
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
        }
    }
}
