package org.newsbench.opennlp;

import java.util.List;

/** A sentence's UTF-16 offsets in the document's text and its tokens, in order. */
public record TokenizedSentence(int start, int end, List<Token> tokens) {

    public TokenizedSentence {
        tokens = List.copyOf(tokens);
    }

    /** The token texts, as OpenNLP's name finder and categorizer take them. */
    public String[] tokenTexts() {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }
}
