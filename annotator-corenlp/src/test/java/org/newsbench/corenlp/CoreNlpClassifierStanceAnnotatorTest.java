package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.AnnotationException;
import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.TrainingSet;
import org.newsbench.api.spi.ProviderConfiguration;

/** The {@code corenlp-classifier} provider fitted on hand-written sentences. Loads one pipeline. */
class CoreNlpClassifierStanceAnnotatorTest {

    private static final String[][] TRAINING = {
            {"Russia heroically defends peace and helps its friends.", "RUSSIA", "FAVOR"},
            {"Russia bravely protects civilians and brings stability.", "RUSSIA", "FAVOR"},
            {"We thank Russia for its generous and loyal support.", "RUSSIA", "FAVOR"},
            {"Ukraine sponsors terrorism and murders soldiers.", "UKRAINE", "AGAINST"},
            {"Ukraine is guilty of aggression and crimes.", "UKRAINE", "AGAINST"},
            {"Ukraine supports terrorists and lies about it.", "UKRAINE", "AGAINST"},
            {"The weather in Bamako was hot on Tuesday.", "MALI", "NONE"},
            {"Mali held a meeting on Tuesday afternoon.", "MALI", "NONE"},
            {"The conference in Mali lasted two days.", "MALI", "NONE"},
    };

    private static CoreNlpClassifierStanceAnnotator annotator;

    @BeforeAll
    static void loadPipeline() throws Exception {
        annotator = (CoreNlpClassifierStanceAnnotator) new CoreNlpClassifierProvider().create(ProviderConfiguration.EMPTY);
    }

    private static StanceTarget target(String id) {
        return StanceFixtures.TARGETS.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static TrainingSet trainingSet(long shuffleSeed) {
        return trainingSet(shuffleSeed, "train-");
    }

    /** The training sentences as documents whose ids start with {@code idPrefix} (a new prefix: not yet analysed). */
    private static TrainingSet trainingSet(long shuffleSeed, String idPrefix) {
        List<Document> documents = new ArrayList<>();
        List<LabelledStance> stances = new ArrayList<>();
        for (int i = 0; i < TRAINING.length; i++) {
            Document document = new Document(idPrefix + i, TRAINING[i][0]);
            documents.add(document);
            Span sentence = new Span(0, document.codePointLength());
            // Every sentence gets a row per target: the named one with its label, the others NONE.
            for (StanceTarget target : StanceFixtures.TARGETS) {
                StanceLabel label = target.id().equals(TRAINING[i][1]) ? StanceLabel.valueOf(TRAINING[i][2])
                        : StanceLabel.NONE;
                stances.add(new LabelledStance(new StanceInstance(document.id(), sentence, target), label,
                        label == StanceLabel.NONE ? "" : "AUTHOR"));
            }
        }
        Collections.shuffle(stances, new Random(shuffleSeed));
        Collections.shuffle(documents, new Random(shuffleSeed));
        return new TrainingSet(documents, List.of(), stances);
    }

    private static List<StancePrediction> predict(String text, String targetId) throws AnnotationException {
        Document document = new Document("test", text);
        return annotator.predictStance(document,
                List.of(new StanceInstance("test", new Span(0, document.codePointLength()), target(targetId))));
    }

    @Test
    void predictingBeforeFittingIsAnAnnotationException() throws Exception {
        var unfitted = new CoreNlpClassifierProvider().create(ProviderConfiguration.EMPTY);
        Document document = new Document("unfitted", "Mali cut ties.");
        StanceInstance instance = new StanceInstance("unfitted", new Span(0, 14), StanceFixtures.MALI);
        assertThatThrownBy(() -> ((CoreNlpClassifierStanceAnnotator) unfitted).predictStance(document, List.of(instance)))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("fitted");
    }

    @Test
    void itLearnsTheObviousLabelOfNearDuplicates() throws Exception {
        annotator.fit(trainingSet(1));
        assertThat(predict("Russia heroically protects peace and helps its friends.", "RUSSIA"))
                .extracting(StancePrediction::label).containsExactly(StanceLabel.FAVOR);
        assertThat(predict("Ukraine sponsors terrorism and murders civilians.", "UKRAINE"))
                .extracting(StancePrediction::label).containsExactly(StanceLabel.AGAINST);
        assertThat(predict("The weather in Mali was hot on Monday.", "MALI"))
                .extracting(StancePrediction::label).containsExactly(StanceLabel.NONE);
        assertThat(predict("Ukraine sponsors terrorism and murders civilians.", "MALI"))
                .extracting(StancePrediction::label).containsExactly(StanceLabel.NONE);
        assertThat(predict("Russia heroically protects peace.", "RUSSIA").get(0).confidence()).isPresent();
    }

    @Test
    void theSameTrainingSetInAnyOrderGivesTheSamePredictions() throws Exception {
        Document document = CorpusText.document("001_f23d0374e383327e");
        List<StanceInstance> instances = StanceFixtures.instances(document);
        annotator.fit(trainingSet(1));
        List<StancePrediction> first = annotator.predictStance(document, instances);
        annotator.fit(trainingSet(99));
        List<StancePrediction> second = annotator.predictStance(document, instances);
        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(StancePrediction::instance).containsExactlyElementsOf(instances);
    }

    @Test
    void sentencesParsedOnTwoFitThreadsGiveTheModelOneThreadGives() throws Exception {
        var oneThread = (CoreNlpClassifierStanceAnnotator) new CoreNlpClassifierProvider()
                .create(ProviderConfiguration.of(java.util.Map.of("fit.threads", "1")));
        var twoThreads = (CoreNlpClassifierStanceAnnotator) new CoreNlpClassifierProvider()
                .create(ProviderConfiguration.of(java.util.Map.of("fit.threads", "2")));
        // Ids of their own, so each fit parses its sentences afresh instead of reading the shared analyser's cache.
        oneThread.fit(trainingSet(5, "one-thread-"));
        twoThreads.fit(trainingSet(5, "two-threads-"));
        Document document = new Document("probe", "Ukraine sponsors terrorism and murders civilians.");
        List<StanceInstance> instances = StanceFixtures.TARGETS.stream()
                .map(target -> new StanceInstance("probe", new Span(0, document.codePointLength()), target)).toList();
        List<StancePrediction> expected = oneThread.predictStance(document, instances);
        assertThat(expected).extracting(StancePrediction::label)
                .containsExactly(StanceLabel.AGAINST, StanceLabel.NONE, StanceLabel.NONE);
        assertThat(twoThreads.predictStance(document, instances)).isEqualTo(expected);
    }

    @Test
    void aFitThreadCountThatIsNotAPositiveIntegerIsRejected() {
        for (String value : List.of("0", "two")) {
            assertThatThrownBy(() -> new CoreNlpClassifierProvider()
                    .create(ProviderConfiguration.of(java.util.Map.of("fit.threads", value))))
                    .isInstanceOf(org.newsbench.api.spi.ProviderException.class)
                    .hasMessage("configuration key 'fit.threads' must be a positive integer, got '" + value + "'");
        }
    }

    @Test
    void withoutTheSentimentFeatureItStillLearnsFromWords() throws Exception {
        var wordsOnly = (CoreNlpClassifierStanceAnnotator) new CoreNlpClassifierProvider()
                .create(ProviderConfiguration.of(java.util.Map.of("features.sentiment", "false")));
        wordsOnly.fit(trainingSet(3));
        Document document = new Document("words", "Ukraine sponsors terrorism and murders civilians.");
        var instance = new StanceInstance("words", new Span(0, document.codePointLength()), StanceFixtures.UKRAINE);
        assertThat(wordsOnly.predictStance(document, List.of(instance))).extracting(StancePrediction::label)
                .containsExactly(StanceLabel.AGAINST);
    }

    @Test
    void aTrainingSetWithOneLabelPredictsThatLabel() throws Exception {
        Document document = new Document("one", "Mali cut ties.");
        StanceInstance instance = new StanceInstance("one", new Span(0, 14), StanceFixtures.MALI);
        annotator.fit(new TrainingSet(List.of(document), List.of(),
                List.of(new LabelledStance(instance, StanceLabel.NONE, ""))));
        assertThat(annotator.predictStance(document, List.of(instance))).extracting(StancePrediction::label)
                .containsExactly(StanceLabel.NONE);
        assertThat(annotator.diagnostics().notes()).anyMatch(note -> note.startsWith("fitted on 1 stance rows"));
    }

    @Test
    void aTrainingRowWithoutItsDocumentNamesTheDocument() {
        StanceInstance instance = new StanceInstance("missing", new Span(0, 4), StanceFixtures.MALI);
        assertThatThrownBy(() -> annotator.fit(new TrainingSet(List.of(), List.of(),
                List.of(new LabelledStance(instance, StanceLabel.NONE, "")))))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("missing");
    }
}
