package org.newsbench.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Task;
import org.newsbench.api.Trainable;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/** The provider as the evaluation finds it, with its default (full) encoder. */
class MiniLmStanceProviderTest {

    @Test
    void isRegisteredForServiceLoaderAsATrainableStanceProvider() {
        List<AnnotatorProvider> found = ServiceLoader.load(AnnotatorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.descriptor().id().equals(MiniLmStanceProvider.ID)).toList();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).descriptor().tasks()).containsExactly(Task.STANCE);
        assertThat(found.get(0).descriptor().needsTraining()).isTrue();
        assertThat(found.get(0).descriptor().libraryWithVersion()).isEqualTo("ONNX Runtime 1.20.0");
        assertThat(found.get(0).availability().isAvailable()).isTrue();
    }

    @Test
    void theDefaultAnnotatorTrainedOnFourDocumentsFindsTheFifthsStanceTowardUkraine() throws Exception {
        String heldOut = BundledGold.IDS.get(0);
        List<LabelledStance> gold = BundledGold.stances(Set.of(heldOut));
        try (var annotator = new MiniLmStanceProvider().create(ProviderConfiguration.EMPTY)) {
            ((Trainable) annotator).fit(BundledGold.trainingSet(BundledGold.IDS.subList(1, 5)));
            List<StancePrediction> predictions = ((StanceAnnotator) annotator).predictStance(
                    BundledGold.document(heldOut), gold.stream().map(LabelledStance::instance).toList());

            long againstUkraine = gold.stream().filter(row -> row.instance().target().id().equals("UKRAINE")
                    && row.label() == StanceLabel.AGAINST).count();
            long againstUkraineFound = IntStream.range(0, gold.size())
                    .filter(i -> gold.get(i).instance().target().id().equals("UKRAINE")
                            && gold.get(i).label() == StanceLabel.AGAINST
                            && predictions.get(i).label() == StanceLabel.AGAINST).count();
            // The document's main stance (Mali's government accusing Ukraine), never seen in training: an annotator
            // answering NONE, like the majority baseline, finds none of these eight rows.
            assertThat(againstUkraine).isEqualTo(8);
            assertThat(againstUkraineFound).isGreaterThanOrEqualTo(6);
            assertThat(annotator.diagnostics().notes()).anySatisfy(note -> assertThat(note)
                    .startsWith("encoder all-MiniLM-L6-v2 full:"));
        }
    }

    @Test
    void theQuantizedEncoderIsAConfigurationKey() throws Exception {
        try (var annotator = new MiniLmStanceProvider().create(ProviderConfiguration.of(Map.of("encoder",
                "quantized")))) {
            assertThat(annotator.diagnostics().notes()).anySatisfy(note -> assertThat(note)
                    .startsWith("encoder all-MiniLM-L6-v2 quantized:"));
        }
    }

    @Test
    void rejectsUnknownKeysAndBadValuesNamingThem() {
        MiniLmStanceProvider provider = new MiniLmStanceProvider();

        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("encodr", "full"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("encodr");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("encoder", "large"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("large")
                .hasMessageContaining("[full, quantized]");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("costs", "1,-2"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("costs");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("costs", "one"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("'one'");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("folds", "1"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("folds");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("intraOpThreads", "0"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("intraOpThreads");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("classWeight", "heavy"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("heavy");
    }
}
