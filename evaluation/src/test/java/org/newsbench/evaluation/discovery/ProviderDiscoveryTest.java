package org.newsbench.evaluation.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProviderDiscoveryTest {

    @Test
    void findsTheBaselinesAndTheBackendModulesProviders() {
        List<DiscoveredProvider> found = new ProviderDiscovery().discover();

        assertThat(found).extracting(DiscoveredProvider::id)
                .contains("baseline-majority", "baseline-memorize", "corenlp", "corenlp-sentiment",
                        "corenlp-classifier", "opennlp", "opennlp-trained", "opennlp-doccat")
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(found).allSatisfy(provider -> assertThat(provider.provider()).isNotNull());
    }

    @Test
    void everyProviderDescribesItselfWithoutLoadingModels() {
        for (DiscoveredProvider found : new ProviderDiscovery().discover()) {
            var provider = found.provider().descriptor();
            assertThat(provider.description()).as(found.id()).isNotBlank();
            assertThat(provider.library()).as(found.id()).isNotBlank();
            assertThat(provider.tasks()).as(found.id()).isNotEmpty();
            if (!found.availability().isAvailable()) {
                assertThat(found.availability().reason()).as(found.id()).isNotBlank();
            }
        }
    }
}
