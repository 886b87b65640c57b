package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.perceptron.PerceptronModel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.TrainingSet;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * The {@code opennlp-trained} keys, each through the provider on the corpus: trained on the hand labels of 001-004,
 * tagging 000 (which has "Ukraine’s", "Mali's" and "Russia-Ukraine").
 */
class OpenNlpTrainedConfigurationTest {

    private static final List<Document> CORPUS = CorpusDocuments.all();
    private static final List<Document> TRAINING = CORPUS.subList(1, 5);
    private static final Document HELD_OUT = CORPUS.get(0);

    private static OpenNlpTrainedEntityAnnotator fitted(Map<String, String> keys) throws Exception {
        var annotator = (OpenNlpTrainedEntityAnnotator) new OpenNlpTrainedProvider()
                .create(ProviderConfiguration.of(keys));
        annotator.fit(new TrainingSet(TRAINING, HandLabels.of(TRAINING), List.of()));
        return annotator;
    }

    @Test
    void refiningBoundariesFindsCountriesBeforeAPossessiveAndCountsItsSplits() throws Exception {
        OpenNlpTrainedEntityAnnotator refined = fitted(Map.of());
        OpenNlpTrainedEntityAnnotator raw = fitted(Map.of("refine.boundaries", "false"));
        List<EntityMention> withRefinement = refined.annotateEntities(HELD_OUT);
        List<EntityMention> without = raw.annotateEntities(HELD_OUT);

        // "Ukraine’s" is one UD token: only the refined tokens let the name end before the possessive.
        assertThat(possessiveCountries(withRefinement)).isNotEmpty();
        assertThat(possessiveCountries(without)).isEmpty();
        assertThat(without).noneMatch(m -> m.text().endsWith("’s") || m.text().endsWith("'s"));
        assertThat(refined.diagnostics().notes()).anyMatch(n -> n.matches("refine\\.boundaries=true: [1-9]\\d* .*"));
        assertThat(raw.diagnostics().notes()).contains(
                "refine.boundaries=false: 0 token split(s) added at name boundaries (hyphens, possessives,"
                        + " sentence-final periods)");
    }

    /** Mentions "Ukraine", "Mali", "Kiev" or "Moscow" that a possessive follows in the text. */
    private static List<EntityMention> possessiveCountries(List<EntityMention> mentions) {
        String text = HELD_OUT.text();
        return mentions.stream()
                .filter(m -> List.of("Ukraine", "Mali", "Kiev", "Moscow").contains(m.text()))
                .filter(m -> {
                    int end = HELD_OUT.offsets().toUtf16(m.span().end());
                    return text.startsWith("’s", end) || text.startsWith("'s", end);
                })
                .toList();
    }

    @Test
    void aPerceptronModelTrainsAndTags() throws Exception {
        OpenNlpTrainedEntityAnnotator perceptron = fitted(Map.of("algorithm", "perceptron", "iterations", "50"));
        assertThat((Object) perceptron.model().getArtifact("nameFinder.model")).isInstanceOf(PerceptronModel.class);

        List<EntityMention> mentions = perceptron.annotateEntities(HELD_OUT);
        assertThat(mentions).extracting(EntityMention::text, EntityMention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Ukraine", "LOCATION"),
                        org.assertj.core.groups.Tuple.tuple("Mali", "LOCATION"));
        assertThat(perceptron.diagnostics().notes().get(0)).startsWith(
                "training: algorithm=PERCEPTRON, iterations=50, cutoff=1, features=project;");
    }

    @Test
    void openNlpsDefaultFeatureGeneratorsAndADescriptorFileBothTrain(@TempDir Path dir) throws Exception {
        List<EntityMention> opennlpFeatures = fitted(Map.of("features", "opennlp", "cutoff", "5"))
                .annotateEntities(HELD_OUT);
        assertThat(opennlpFeatures).extracting(EntityMention::text).contains("Ukraine");

        // A descriptor with the token window alone: a different model, still one that finds names.
        Path descriptor = dir.resolve("tokens-only.xml");
        Files.writeString(descriptor, """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                  </generator>
                </featureGenerators>
                """);
        OpenNlpTrainedEntityAnnotator fromFile = fitted(Map.of("features", descriptor.toString()));
        assertThat(fromFile.annotateEntities(HELD_OUT)).extracting(EntityMention::text).contains("Ukraine")
                .isNotEqualTo(fitted(Map.of()).annotateEntities(HELD_OUT).stream().map(EntityMention::text).toList());
    }

    @Test
    void trainedMentionsKeepTheModelsLabelAsSourceLabel() throws Exception {
        List<EntityMention> mentions = fitted(Map.of()).annotateEntities(HELD_OUT);
        assertThat(mentions).isNotEmpty().allMatch(m -> m.sourceLabel().equals(m.type()));
    }

    @Test
    void badTrainingKeysAreRejectedNamingTheKey() {
        Map<String, String> bad = new HashMap<>();
        bad.put("algorithm", "NAIVEBAYES");
        assertThatThrownBy(() -> new OpenNlpTrainedProvider().create(ProviderConfiguration.of(bad)))
                .isInstanceOf(ProviderException.class).hasMessageContaining("algorithm");
        assertThatThrownBy(() -> new OpenNlpTrainedProvider().create(
                ProviderConfiguration.of(Map.of("features", "/nonexistent/features.xml"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("/nonexistent/features.xml");
        assertThatThrownBy(() -> new OpenNlpTrainedProvider().create(
                ProviderConfiguration.of(Map.of("refine.boundaries", "sometimes"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("refine.boundaries");
    }
}
