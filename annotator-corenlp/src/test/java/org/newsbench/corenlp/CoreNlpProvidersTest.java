package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/** The providers' descriptions and configuration checks; nothing here loads a model. */
class CoreNlpProvidersTest {

    private static List<AnnotatorProvider> providers() {
        return ServiceLoader.load(AnnotatorProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.getClass().getPackageName().equals("org.newsbench.corenlp")).toList();
    }

    @Test
    void serviceLoaderFindsTheSixProvidersWithTheirMetadata() {
        assertThat(providers()).extracting(provider -> provider.descriptor().id())
                .containsExactlyInAnyOrder("corenlp", "corenlp-conll4", "corenlp-muc7", "corenlp-3class",
                        "corenlp-sentiment", "corenlp-classifier");
        for (AnnotatorProvider provider : providers()) {
            assertThat(provider.descriptor().library()).isEqualTo("Stanford CoreNLP");
            assertThat(provider.descriptor().libraryVersion()).isEqualTo("4.5.10");
            assertThat(provider.descriptor().description()).isNotBlank();
            assertThat(provider.availability().isAvailable()).as(provider.availability().reason()).isTrue();
        }
        assertThat(new CoreNlpEntityProvider().descriptor().tasks()).isEqualTo(Set.of(Task.ENTITIES));
        assertThat(new CoreNlpSentimentProvider().descriptor().needsTraining()).isFalse();
        assertThat(new CoreNlpClassifierProvider().descriptor().needsTraining()).isTrue();
        assertThat(new CoreNlpClassifierProvider().descriptor().tasks()).isEqualTo(Set.of(Task.STANCE));
    }

    @Test
    void unknownConfigurationKeysAreRejectedByEveryProvider() {
        ProviderConfiguration misspelt = ProviderConfiguration.of(Map.of("ner.applyFineGrianed", "true"));
        for (AnnotatorProvider provider : providers()) {
            assertThatThrownBy(() -> provider.create(misspelt)).isInstanceOf(ProviderException.class)
                    .hasMessageContaining("ner.applyFineGrianed");
        }
    }

    @Test
    void entityPipelineWithoutNerIsRejected() {
        var configuration = ProviderConfiguration.of(Map.of("pipeline.annotators", "tokenize,ssplit"));
        assertThatThrownBy(() -> new CoreNlpEntityProvider().create(configuration))
                .isInstanceOf(ProviderException.class).hasMessageContaining("ner");
    }

    @Test
    void fineGrainedShorthandSetsThePipelinePropertyAndMustBeBoolean() throws ProviderException {
        var fine = CoreNlpEntityProvider.pipelineProperties(
                ProviderConfiguration.of(Map.of("ner.applyFineGrained", "true")));
        assertThat(fine.get("ner.applyFineGrained")).contains("true");
        assertThat(CoreNlpEntityProvider.pipelineProperties(ProviderConfiguration.EMPTY).get("ner.applyFineGrained"))
                .contains("false");
        assertThat(CoreNlpEntityProvider.pipelineProperties(
                ProviderConfiguration.of(Map.of("ner.applyFineGrained", "false"))).get("ner.applyFineGrained"))
                .contains("false");
        assertThatThrownBy(() -> CoreNlpEntityProvider.pipelineProperties(
                ProviderConfiguration.of(Map.of("ner.applyFineGrained", "yes"))))
                .isInstanceOf(ProviderException.class);
    }

    @Test
    void pipelinePrefixedKeysOverrideAnyCoreNlpProperty() throws ProviderException {
        var properties = CoreNlpEntityProvider.pipelineProperties(ProviderConfiguration.of(
                Map.of("pipeline.ner.nthreads", "2", "pipeline.ssplit.newlineIsSentenceBreak", "two")));
        assertThat(properties.get("ner.nthreads")).contains("2");
        assertThat(properties.get("ssplit.newlineIsSentenceBreak")).contains("two");
    }

    @Test
    void stanceProvidersRejectAnAnnotatorListAndABadParseBound() {
        assertThatThrownBy(() -> new CoreNlpSentimentProvider().create(
                ProviderConfiguration.of(Map.of("pipeline.annotators", "tokenize")))).isInstanceOf(ProviderException.class);
        assertThatThrownBy(() -> new CoreNlpClassifierProvider().create(
                ProviderConfiguration.of(Map.of("pipeline.parse.maxlen", "many")))).isInstanceOf(ProviderException.class);
        assertThatThrownBy(() -> new CoreNlpClassifierProvider().create(
                ProviderConfiguration.of(Map.of("features.sentiment", "maybe")))).isInstanceOf(ProviderException.class);
    }

    @Test
    void missingMappingFileIsAProviderException() {
        var configuration = ProviderConfiguration.of(Map.of("mapping.file", "/nonexistent/mapping.properties"));
        assertThatThrownBy(() -> new CoreNlpEntityProvider().create(configuration))
                .isInstanceOf(ProviderException.class).hasMessageContaining("/nonexistent/mapping.properties");
    }
}
