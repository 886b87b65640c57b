package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import opennlp.tools.util.Version;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Annotator;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.Task;
import org.newsbench.api.Trainable;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

class ProviderRegistrationTest {

    private static List<AnnotatorProvider> providers() {
        return ServiceLoader.load(AnnotatorProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.getClass().getPackageName().equals("org.newsbench.opennlp"))
                .toList();
    }

    @Test
    void serviceLoaderFindsTheThreeProvidersWithLibraryAndVersion() {
        assertThat(providers()).extracting(provider -> provider.descriptor().id())
                .containsExactlyInAnyOrder("opennlp", "opennlp-trained", "opennlp-doccat");
        assertThat(providers()).allSatisfy(provider -> {
            assertThat(provider.descriptor().library()).isEqualTo("Apache OpenNLP");
            assertThat(provider.descriptor().libraryVersion()).isEqualTo("2.5.6")
                    .isEqualTo(Version.currentVersion().toString());
            assertThat(provider.descriptor().description()).isNotBlank();
        });
    }

    @Test
    void trainableProvidersAreAvailableAndBuildTheirAnnotators() throws Exception {
        for (AnnotatorProvider provider : providers()) {
            if (provider.descriptor().id().equals("opennlp")) {
                assertThat(provider.descriptor().needsTraining()).isFalse();
                assertThat(provider.descriptor().tasks()).isEqualTo(Set.of(Task.ENTITIES));
                continue;
            }
            assertThat(provider.descriptor().needsTraining()).isTrue();
            assertThat(provider.availability().isAvailable()).isTrue();
            Annotator annotator = provider.create(ProviderConfiguration.of(Map.of("iterations", "20",
                    "cutoff", "1")));
            try {
                assertThat(annotator).isInstanceOf(Trainable.class).isInstanceOf(SentenceSplitter.class);
                if (provider.descriptor().tasks().contains(Task.STANCE)) {
                    assertThat(annotator).isInstanceOf(StanceAnnotator.class);
                } else {
                    assertThat(annotator).isInstanceOf(EntityAnnotator.class);
                }
            } finally {
                annotator.close();
            }
        }
    }

    @Test
    void trainableProvidersRejectUnknownAndMalformedKeys() {
        for (AnnotatorProvider provider : providers()) {
            if (!provider.descriptor().needsTraining()) {
                continue;
            }
            assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("iteration", "5"))))
                    .isInstanceOf(ProviderException.class).hasMessageContaining("iteration");
            assertThatThrownBy(() -> provider.create(ProviderConfiguration.of(Map.of("cutoff", "many"))))
                    .isInstanceOf(ProviderException.class).hasMessageContaining("cutoff");
        }
    }
}
