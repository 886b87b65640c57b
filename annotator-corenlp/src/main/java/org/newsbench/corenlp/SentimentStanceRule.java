package org.newsbench.corenlp;

import org.newsbench.api.StanceLabel;

/**
 * The {@code corenlp-sentiment} rule: a sentence that does not mention the target is NONE toward it; one that does
 * takes its stance from the sentence's sentiment (negative -> AGAINST, positive -> FAVOR, neutral -> NONE).
 */
final class SentimentStanceRule {

    private SentimentStanceRule() {
    }

    static StanceLabel label(boolean targetMentioned, SentimentClass sentiment) {
        if (!targetMentioned) {
            return StanceLabel.NONE;
        }
        return switch (sentiment) {
            case VERY_NEGATIVE, NEGATIVE -> StanceLabel.AGAINST;
            case POSITIVE, VERY_POSITIVE -> StanceLabel.FAVOR;
            case NEUTRAL -> StanceLabel.NONE;
        };
    }
}
