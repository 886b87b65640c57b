package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.AnnotationException;
import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.TrainingSet;

class OpenNlpDoccatStanceAnnotatorTest {

    private static OpenNlpTextSegmenter segmenter;
    private static List<Document> training;
    private static List<LabelledStance> rows;
    private static OpenNlpDoccatStanceAnnotator annotator;
    private static Document heldOut;

    @BeforeAll
    static void fitOnFourDocuments() throws Exception {
        segmenter = OpenNlpTextSegmenter.fromClasspathModels();
        List<Document> corpus = CorpusDocuments.all();
        training = corpus.subList(0, 4);
        heldOut = corpus.get(4);
        rows = HandStanceLabels.of(training, segmenter);
        annotator = new OpenNlpDoccatStanceAnnotator(segmenter, MaxentTrainingSettings.defaults());
        annotator.fit(new TrainingSet(training, List.of(), rows));
    }

    private static List<StanceInstance> instancesOf(Document document) {
        List<StanceInstance> instances = new ArrayList<>();
        for (Span sentence : segmenter.sentences(document)) {
            HandStanceLabels.TARGETS.forEach(target -> instances.add(new StanceInstance(document.id(), sentence,
                    target)));
        }
        return instances;
    }

    @Test
    void predictsOneLabelPerInstanceInOrderWithAProbability() throws Exception {
        List<StanceInstance> instances = instancesOf(heldOut);
        List<StancePrediction> predictions = annotator.predictStance(heldOut, instances);
        assertThat(predictions).extracting(StancePrediction::instance).containsExactlyElementsOf(instances);
        assertThat(predictions).allSatisfy(p -> assertThat(p.confidence().getAsDouble()).isBetween(0.0, 1.0));
    }

    @Test
    void aSerialisedAndRestoredAnnotatorPredictsAsTheOriginalOnTheHeldOutDocument() throws Exception {
        OpenNlpDoccatStanceAnnotator restored = SerialisedCopy.of(annotator, OpenNlpDoccatStanceAnnotator.class);
        List<StanceInstance> instances = instancesOf(heldOut);

        assertThat(restored).isNotSameAs(annotator);
        assertThat(restored.predictStance(heldOut, instances)).hasSize(instances.size())
                .isEqualTo(annotator.predictStance(heldOut, instances));
        assertThat(restored.diagnostics().notes()).isNotEmpty().isEqualTo(annotator.diagnostics().notes());
    }

    @Test
    void aSerialisedOneLabelAnnotatorStillPredictsItsOnlyLabel() throws Exception {
        List<LabelledStance> againstOnly = rows.stream().filter(row -> row.label() == StanceLabel.AGAINST).toList();
        OpenNlpDoccatStanceAnnotator constant = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        constant.fit(new TrainingSet(training, List.of(), againstOnly));
        OpenNlpDoccatStanceAnnotator restored = SerialisedCopy.of(constant, OpenNlpDoccatStanceAnnotator.class);

        assertThat(restored.predictStance(heldOut, instancesOf(heldOut))).isNotEmpty()
                .allSatisfy(prediction -> assertThat(prediction.label()).isEqualTo(StanceLabel.AGAINST));
    }

    @Test
    void theTargetFeaturesTellTheThreeQuestionsAboutOneSentenceApart() throws Exception {
        // Trained on: "Kiev called the move short-sighted." is AGAINST Mali, NONE toward Ukraine and Russia.
        Document document = training.get(1);
        LabelledStance againstMali = rows.stream()
                .filter(row -> row.label() == StanceLabel.AGAINST && row.instance().target().id().equals("MALI")
                        && document.offsets().slice(row.instance().span()).equals("Kiev called the move short-sighted."))
                .findFirst().orElseThrow();
        Span sentence = againstMali.instance().span();
        List<StancePrediction> predictions = annotator.predictStance(document, HandStanceLabels.TARGETS.stream()
                .map(target -> new StanceInstance(document.id(), sentence, target)).toList());
        assertThat(predictions).extracting(StancePrediction::label)
                .containsExactly(StanceLabel.NONE, StanceLabel.AGAINST, StanceLabel.NONE);
    }

    @Test
    void aLabelMissingFromTrainingIsNeverPredictedAndIsReported() throws Exception {
        List<LabelledStance> withoutFavor = rows.stream().filter(row -> row.label() != StanceLabel.FAVOR).toList();
        OpenNlpDoccatStanceAnnotator noFavor = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        noFavor.fit(new TrainingSet(training, List.of(), withoutFavor));
        for (Document document : CorpusDocuments.all()) {
            assertThat(noFavor.predictStance(document, instancesOf(document)))
                    .extracting(StancePrediction::label).doesNotContain(StanceLabel.FAVOR);
        }
        assertThat(noFavor.diagnostics().notes()).anyMatch(note -> note.contains("FAVOR is absent"));
    }

    @Test
    void aSingleLabelTrainingSetPredictsThatLabel() throws Exception {
        List<LabelledStance> noneOnly = rows.stream().filter(row -> row.label() == StanceLabel.NONE).limit(5).toList();
        OpenNlpDoccatStanceAnnotator constant = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        constant.fit(new TrainingSet(training, List.of(), noneOnly));
        assertThat(constant.predictStance(heldOut, instancesOf(heldOut))).extracting(StancePrediction::label)
                .containsOnly(StanceLabel.NONE);
    }

    @Test
    void aTinyTrainingSetStillGivesAModelThatFitsIt() throws Exception {
        List<LabelledStance> tiny = List.of(rows.stream().filter(r -> r.label() == StanceLabel.AGAINST).findFirst()
                .orElseThrow(), rows.stream().filter(r -> r.label() == StanceLabel.NONE).findFirst().orElseThrow());
        OpenNlpDoccatStanceAnnotator small = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        small.fit(new TrainingSet(training, List.of(), tiny));
        for (LabelledStance row : tiny) {
            Document document = training.stream().filter(d -> d.id().equals(row.instance().docId())).findFirst()
                    .orElseThrow();
            assertThat(small.predictStance(document, List.of(row.instance())).get(0).label()).isEqualTo(row.label());
        }
    }

    @Test
    void noStanceRowsIsAClearError() {
        OpenNlpDoccatStanceAnnotator fresh = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        assertThatThrownBy(() -> fresh.fit(new TrainingSet(training, List.of(), List.of())))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("no stance row");
        assertThatThrownBy(() -> fresh.predictStance(heldOut, instancesOf(heldOut)))
                .isInstanceOf(AnnotationException.class).hasMessageContaining(heldOut.id());
    }

    @Test
    void anInstanceOutsideTheDocumentNamesTheDocument() {
        StanceInstance outside = new StanceInstance(heldOut.id(), new Span(0, 1_000_000), HandStanceLabels.MALI);
        assertThatThrownBy(() -> annotator.predictStance(heldOut, List.of(outside)))
                .isInstanceOf(AnnotationException.class).hasMessageContaining(heldOut.id());
    }

    @Test
    void fittingTwiceGivesTheSamePredictions() throws Exception {
        OpenNlpDoccatStanceAnnotator again = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        again.fit(new TrainingSet(training, List.of(), rows));
        assertThat(again.predictStance(heldOut, instancesOf(heldOut)))
                .isEqualTo(annotator.predictStance(heldOut, instancesOf(heldOut)));
    }

    @Test
    void concurrentPredictionsEqualSequentialOnes() throws Exception {
        List<Document> corpus = CorpusDocuments.all();
        List<List<StancePrediction>> sequential = new ArrayList<>();
        for (Document document : corpus) {
            sequential.add(annotator.predictStance(document, instancesOf(document)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<StancePrediction>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Document document : corpus) {
                    futures.add(pool.submit(() -> annotator.predictStance(document, instancesOf(document))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % corpus.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aliasesAreMatchedAsWholeWords() {
        assertThat(StanceSampleEncoder.mentions("Kiev\u2019s actions", HandStanceLabels.UKRAINE.aliases())).isTrue();
        assertThat(StanceSampleEncoder.mentions("the Malians", List.of("Mali"))).isFalse();
        assertThat(StanceSampleEncoder.mentions("Empty", List.of())).isFalse();
    }
}
