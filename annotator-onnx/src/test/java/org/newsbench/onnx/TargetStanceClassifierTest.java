package org.newsbench.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.newsbench.api.StanceLabel;

/** LIBLINEAR behind one target, on small vectors written here. */
class TargetStanceClassifierTest {

    @Test
    void separatesThreeClustersAndChoosesACostByCrossValidation() {
        List<float[]> vectors = new ArrayList<>();
        List<StanceLabel> labels = new ArrayList<>();
        clusters(vectors, labels);

        TargetStanceClassifier classifier = TargetStanceClassifier.fit(vectors, labels, ClassifierSettings.defaults());

        assertThat(classifier.predict(new float[] {3, 0, 0}).label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(classifier.predict(new float[] {0, 3, 0}).label()).isEqualTo(StanceLabel.AGAINST);
        assertThat(classifier.predict(new float[] {0, 0, 3}).label()).isEqualTo(StanceLabel.NONE);
        // The most probable of three labels: above a third (how far above depends on the C chosen).
        assertThat(classifier.predict(new float[] {3, 0, 0}).probability().getAsDouble()).isGreaterThan(1.0 / 3);
        assertThat(classifier.summary()).startsWith("30 rows {FAVOR=10, AGAINST=10, NONE=10}, C=")
                .contains("5-fold CV");
    }

    @Test
    void theSameRowsGiveTheSameModel() {
        List<float[]> vectors = new ArrayList<>();
        List<StanceLabel> labels = new ArrayList<>();
        clusters(vectors, labels);

        TargetStanceClassifier first = TargetStanceClassifier.fit(vectors, labels, ClassifierSettings.defaults());
        TargetStanceClassifier second = TargetStanceClassifier.fit(vectors, labels, ClassifierSettings.defaults());

        float[] between = {1, 1, 0.5f};
        assertThat(first.summary()).isEqualTo(second.summary());
        assertThat(first.predict(between)).isEqualTo(second.predict(between));
    }

    @Test
    void oneLabelGivesAConstantAndNoRowsGiveNone() {
        TargetStanceClassifier against = TargetStanceClassifier.fit(List.of(new float[] {1, 2}, new float[] {2, 1}),
                List.of(StanceLabel.AGAINST, StanceLabel.AGAINST), ClassifierSettings.defaults());
        TargetStanceClassifier empty = TargetStanceClassifier.fit(List.of(), List.of(), ClassifierSettings.defaults());

        assertThat(against.predict(new float[] {-5, 7}).label()).isEqualTo(StanceLabel.AGAINST);
        assertThat(against.predict(new float[] {-5, 7}).probability()).isEmpty();
        assertThat(empty.predict(new float[] {0, 0}).label()).isEqualTo(StanceLabel.NONE);
    }

    @Test
    void fewerRowsThanFoldsStillFit() {
        TargetStanceClassifier classifier = TargetStanceClassifier.fit(
                List.of(new float[] {4, 0}, new float[] {0, 4}, new float[] {5, 0}),
                List.of(StanceLabel.FAVOR, StanceLabel.NONE, StanceLabel.FAVOR), ClassifierSettings.defaults());

        assertThat(classifier.summary()).contains("3-fold CV");
        assertThat(classifier.predict(new float[] {6, 0}).label()).isEqualTo(StanceLabel.FAVOR);
    }

    /** Ten noisy points around each axis: x for FAVOR, y for AGAINST, z for NONE. */
    private static void clusters(List<float[]> vectors, List<StanceLabel> labels) {
        Random random = new Random(7);
        StanceLabel[] order = {StanceLabel.FAVOR, StanceLabel.AGAINST, StanceLabel.NONE};
        for (int i = 0; i < 30; i++) {
            int axis = i % 3;
            float[] vector = new float[3];
            for (int d = 0; d < 3; d++) {
                vector[d] = (float) (random.nextGaussian() * 0.3 + (d == axis ? 3 : 0));
            }
            vectors.add(vector);
            labels.add(order[axis]);
        }
    }
}
