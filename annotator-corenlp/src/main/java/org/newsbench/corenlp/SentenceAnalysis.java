package org.newsbench.corenlp;

import java.util.List;
import java.util.Objects;

/**
 * What CoreNLP made of one stance sentence: its tokens and its sentiment.
 *
 * @param tokens    the sentence's token words, as CoreNLP's tokenizer produced them
 * @param sentiment CoreNLP's sentence sentiment, or {@link SentimentClass#NEUTRAL} when the sentence was not parsed
 * @param parsed    false when the sentence was not parsed: over the parse length bound, or sentiment not asked for
 */
record SentenceAnalysis(List<String> tokens, SentimentClass sentiment, boolean parsed) {

    SentenceAnalysis {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(sentiment, "sentiment");
    }
}
