package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.StanceTarget;

class TargetMentionMatcherTest {

    private static final StanceTarget UKRAINE = new StanceTarget("UKRAINE", List.of("Ukraine", "Kiev", "Kyiv"));

    @Test
    void anAliasOnWordBoundariesIsAMention() {
        assertThat(TargetMentionMatcher.mentions("Kiev called the move short-sighted.", UKRAINE)).isTrue();
        assertThat(TargetMentionMatcher.mentions("citing Ukraine's alleged support", UKRAINE)).isTrue();
        assertThat(TargetMentionMatcher.mentions("a representative of Ukraine’s Security Service", UKRAINE)).isTrue();
    }

    @Test
    void anAliasInsideAnotherWordOrInAnotherCaseIsNot() {
        assertThat(TargetMentionMatcher.mentions("Ukrainian diplomats left.", UKRAINE)).isFalse();
        assertThat(TargetMentionMatcher.mentions("UKRAINE IN CAPITALS", UKRAINE)).isFalse();
        assertThat(TargetMentionMatcher.mentions("Mali cut ties.", UKRAINE)).isFalse();
    }

    @Test
    void aTargetWithoutAliasesIsMatchedByItsIdInTitleCase() {
        StanceTarget mali = new StanceTarget("MALI", List.of());
        assertThat(TargetMentionMatcher.mentions("Mali's junta", mali)).isTrue();
        assertThat(TargetMentionMatcher.mentions("Malian soldiers", mali)).isFalse();
    }
}
