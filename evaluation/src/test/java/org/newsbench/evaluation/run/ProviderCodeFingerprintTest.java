package org.newsbench.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderCodeFingerprintTest {

    @Test
    void sameCodeGivesTheSameFingerprintAndOtherCodeAnother() {
        String ours = ProviderCodeFingerprint.of(ProviderCodeFingerprintTest.class);
        assertThat(ours).hasSize(64).isEqualTo(ProviderCodeFingerprint.of(FakeProvider.class));
        assertThat(ProviderCodeFingerprint.of(Test.class)).hasSize(64).isNotEqualTo(ours);
    }

    @Test
    void classesWithoutACodeSourceAreMarkedUnknown() {
        assertThat(ProviderCodeFingerprint.of(String.class)).isEqualTo("unknown");
    }
}
