package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsbench.api.StanceLabel;

class SentimentStanceRuleTest {

    @Test
    void anAbsentTargetIsNoneWhateverTheSentiment() {
        for (SentimentClass sentiment : SentimentClass.values()) {
            assertThat(SentimentStanceRule.label(false, sentiment)).isEqualTo(StanceLabel.NONE);
        }
    }

    @Test
    void aMentionedTargetTakesTheSentimentsPolarity() {
        assertThat(SentimentStanceRule.label(true, SentimentClass.VERY_NEGATIVE)).isEqualTo(StanceLabel.AGAINST);
        assertThat(SentimentStanceRule.label(true, SentimentClass.NEGATIVE)).isEqualTo(StanceLabel.AGAINST);
        assertThat(SentimentStanceRule.label(true, SentimentClass.NEUTRAL)).isEqualTo(StanceLabel.NONE);
        assertThat(SentimentStanceRule.label(true, SentimentClass.POSITIVE)).isEqualTo(StanceLabel.FAVOR);
        assertThat(SentimentStanceRule.label(true, SentimentClass.VERY_POSITIVE)).isEqualTo(StanceLabel.FAVOR);
    }

    @Test
    void coreNlpClassNamesAreRead() {
        assertThat(SentimentClass.fromCoreNlp("Very negative")).isEqualTo(SentimentClass.VERY_NEGATIVE);
        assertThat(SentimentClass.fromCoreNlp("Positive")).isEqualTo(SentimentClass.POSITIVE);
        assertThat(SentimentClass.fromCoreNlp(null)).isEqualTo(SentimentClass.NEUTRAL);
    }
}
