package org.newsbench.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
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

/** The real quantized all-MiniLM-L6-v2 and LIBLINEAR on the bundled corpus and its gold. */
class MiniLmStanceAnnotatorTest {

    private static final String HELD_OUT = BundledGold.IDS.get(0);
    private static final List<String> TRAINING = BundledGold.IDS.subList(1, 5);

    private static SentenceEmbeddings embeddings;
    private static MiniLmStanceAnnotator fittedOnFour;

    @BeforeAll
    static void loadAndFit() throws Exception {
        embeddings = SentenceEmbeddings.load(MiniLmEncoder.QUANTIZED);
        fittedOnFour = new MiniLmStanceAnnotator(embeddings, ClassifierSettings.defaults());
        fittedOnFour.fit(BundledGold.trainingSet(TRAINING));
    }

    @AfterAll
    static void closeSession() throws Exception {
        embeddings.close();
    }

    @Test
    void predictsOneLabelPerQuestionOfTheHeldOutDocumentWithAProbability() throws Exception {
        Document document = BundledGold.document(HELD_OUT);
        List<StanceInstance> questions = instances(HELD_OUT);

        List<StancePrediction> predictions = fittedOnFour.predictStance(document, questions);

        assertThat(predictions).extracting(StancePrediction::instance).containsExactlyElementsOf(questions);
        assertThat(predictions).allSatisfy(prediction -> assertThat(prediction.confidence().getAsDouble())
                .isBetween(1.0 / 3, 1.0));
    }

    @Test
    void learnsTheTrainingDocumentsStanceIncludingAgainst() throws Exception {
        // Fitted on all five documents, it must reproduce most of a training document's gold, AGAINST rows included:
        // a model that learnt nothing would answer NONE everywhere.
        MiniLmStanceAnnotator onAll = new MiniLmStanceAnnotator(embeddings, ClassifierSettings.defaults());
        onAll.fit(BundledGold.trainingSet(BundledGold.IDS));
        String docId = BundledGold.IDS.get(0);
        List<LabelledStance> gold = BundledGold.stances(Set.of(docId));

        List<StancePrediction> predictions = onAll.predictStance(BundledGold.document(docId),
                gold.stream().map(LabelledStance::instance).toList());

        long correct = IntStream.range(0, gold.size())
                .filter(i -> predictions.get(i).label() == gold.get(i).label()).count();
        long againstFound = IntStream.range(0, gold.size())
                .filter(i -> gold.get(i).label() == StanceLabel.AGAINST
                        && predictions.get(i).label() == StanceLabel.AGAINST).count();
        assertThat((double) correct / gold.size()).isGreaterThan(0.9);
        assertThat(againstFound).isPositive();
    }

    @Test
    void twoAnnotatorsFittedOnTheSameGoldGiveIdenticalPredictions() throws Exception {
        try (MiniLmStanceAnnotator second = new MiniLmStanceAnnotator(
                SentenceEmbeddings.load(MiniLmEncoder.QUANTIZED), ClassifierSettings.defaults())) {
            second.fit(BundledGold.trainingSet(TRAINING));
            Document document = BundledGold.document(HELD_OUT);

            assertThat(second.predictStance(document, instances(HELD_OUT)))
                    .isEqualTo(fittedOnFour.predictStance(document, instances(HELD_OUT)));
        }
    }

    @Test
    void embedsEachSentenceOnceAcrossFolds() throws Exception {
        try (SentenceEmbeddings fresh = SentenceEmbeddings.load(MiniLmEncoder.QUANTIZED)) {
            MiniLmStanceAnnotator annotator = new MiniLmStanceAnnotator(fresh, ClassifierSettings.defaults());
            annotator.fit(BundledGold.trainingSet(TRAINING));
            long afterFirstFit = fresh.computedCount();
            // Keyed by text: a sentence repeated in two documents is embedded once.
            long sentences = BundledGold.stances(Set.copyOf(TRAINING)).stream()
                    .map(row -> BundledGold.document(row.instance().docId()).offsets().slice(row.instance().span()))
                    .distinct().count();

            annotator.fit(BundledGold.trainingSet(BundledGold.IDS.subList(2, 5)));

            assertThat(afterFirstFit).isEqualTo(sentences);
            assertThat(fresh.computedCount()).isEqualTo(afterFirstFit);
        }
    }

    @Test
    void handlesASentenceWithEmojiAndA5000CharacterSentence() throws Exception {
        String emoji = "Mali 🇲🇱 accuses Ukraine 😡 of backing the rebels who attacked its soldiers.";
        String longSentence = "Russia and Mali signed another long agreement on wheat and fuel. ".repeat(80)
                .substring(0, 4999) + ".";
        String text = emoji + "\n" + longSentence;
        Document document = new Document("emoji-and-long", text);
        int emojiEnd = emoji.codePointCount(0, emoji.length());
        int longEnd = emojiEnd + 1 + longSentence.codePointCount(0, longSentence.length());
        Map<String, StanceTarget> targets = BundledGold.targets();
        List<StanceInstance> questions = List.of(
                new StanceInstance(document.id(), new Span(0, emojiEnd), targets.get("UKRAINE")),
                new StanceInstance(document.id(), new Span(emojiEnd + 1, longEnd), targets.get("RUSSIA")));

        List<StancePrediction> predictions = fittedOnFour.predictStance(document, questions);

        assertThat(longSentence).hasSize(5000);
        assertThat(predictions).extracting(StancePrediction::instance).containsExactlyElementsOf(questions);
        float[] emojiVector = embeddings.embed(emoji);
        float[] longVector = embeddings.embed(longSentence);
        assertThat(emojiVector).hasSize(MiniLmEncoder.DIMENSIONS);
        assertThat(norm(emojiVector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(norm(longVector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void predictingBeforeFitIsAClearErrorNamingTheDocument() {
        MiniLmStanceAnnotator unfitted = new MiniLmStanceAnnotator(embeddings, ClassifierSettings.defaults());

        assertThatThrownBy(() -> unfitted.predictStance(BundledGold.document(HELD_OUT), instances(HELD_OUT)))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining(HELD_OUT).hasMessageContaining("fit() has not been called");
    }

    @Test
    void aBlankSentenceIsAClearErrorNamingDocumentAndSpan() {
        Document document = new Document("blank", "Mali cut ties.\n   \n");
        StanceInstance blank = new StanceInstance("blank", new Span(15, 18), BundledGold.targets().get("MALI"));

        assertThatThrownBy(() -> fittedOnFour.predictStance(document, List.of(blank)))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining("blank").hasMessageContaining("[15, 18)")
                .hasMessageContaining("empty or blank sentence");
    }

    @Test
    void aQuestionOutsideItsDocumentIsAClearError() {
        Document document = new Document("short", "Mali cut ties.");
        StanceInstance outside = new StanceInstance("short", new Span(5, 40), BundledGold.targets().get("MALI"));

        assertThatThrownBy(() -> fittedOnFour.predictStance(document, List.of(outside)))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining("short").hasMessageContaining("[5, 40)");
    }

    @Test
    void aTargetWithoutTrainingRowsIsAnsweredNoneAndOneWithASingleLabelIsConstant() throws Exception {
        List<LabelledStance> rows = BundledGold.stances(Set.copyOf(TRAINING)).stream()
                .filter(row -> !row.instance().target().id().equals("RUSSIA"))
                .map(row -> row.instance().target().id().equals("MALI")
                        ? new LabelledStance(row.instance(), StanceLabel.FAVOR, "AUTHOR") : row)
                .toList();
        MiniLmStanceAnnotator annotator = new MiniLmStanceAnnotator(embeddings, ClassifierSettings.defaults());
        annotator.fit(new TrainingSet(TRAINING.stream().map(BundledGold::document).toList(), List.of(), rows));

        List<StancePrediction> predictions = annotator.predictStance(BundledGold.document(HELD_OUT),
                instances(HELD_OUT));

        assertThat(predictions).filteredOn(p -> p.instance().target().id().equals("RUSSIA"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.label()).isEqualTo(StanceLabel.NONE));
        assertThat(predictions).filteredOn(p -> p.instance().target().id().equals("MALI"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.label()).isEqualTo(StanceLabel.FAVOR));
        assertThat(annotator.diagnostics().notes()).anySatisfy(note -> assertThat(note)
                .startsWith("last fit, MALI:").contains("always FAVOR"));
    }

    @Test
    void aTrainingRowWhoseDocumentIsMissingIsAClearError() {
        TrainingSet missing = new TrainingSet(List.of(BundledGold.document(TRAINING.get(0))), List.of(),
                BundledGold.stances(Set.copyOf(TRAINING)));
        MiniLmStanceAnnotator annotator = new MiniLmStanceAnnotator(embeddings, ClassifierSettings.defaults());

        assertThatThrownBy(() -> annotator.fit(missing)).isInstanceOf(AnnotationException.class)
                .hasMessageContaining(TRAINING.get(1)).hasMessageContaining("no document in the training set");
    }

    private static List<StanceInstance> instances(String docId) {
        return BundledGold.stances(Set.of(docId)).stream().map(LabelledStance::instance).toList();
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
