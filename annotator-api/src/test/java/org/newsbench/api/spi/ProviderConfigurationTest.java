package org.newsbench.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProviderConfigurationTest {

    @Test
    void aBooleanKeyReadsTrueOrFalseAndFallsBackToItsDefault() throws ProviderException {
        ProviderConfiguration configuration = ProviderConfiguration.of(Map.of("a", "false", "b", " TRUE "));
        assertThat(configuration.getBoolean("a", true)).isFalse();
        assertThat(configuration.getBoolean("b", false)).isTrue();
        assertThat(configuration.getBoolean("absent", true)).isTrue();
    }

    @Test
    void aBooleanKeyWithAnotherValueIsAProviderExceptionNamingTheKey() {
        ProviderConfiguration configuration = ProviderConfiguration.of(Map.of("filter.pronouns", "yes"));
        assertThatThrownBy(() -> configuration.getBoolean("filter.pronouns", true))
                .isInstanceOf(ProviderException.class).hasMessageContaining("filter.pronouns").hasMessageContaining("yes");
    }
}
