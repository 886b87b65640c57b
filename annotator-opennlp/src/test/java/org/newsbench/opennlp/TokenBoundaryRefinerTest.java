package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenBoundaryRefinerTest {

    private static List<String> refine(String token) {
        return TokenBoundaryRefiner.refine(token, List.of(new Token(token, 0, token.length()))).stream()
                .map(Token::text).toList();
    }

    @Test
    void splitsCurlyAndStraightPossessivesOffTheName() {
        assertThat(refine("Ukraine\u2019s")).containsExactly("Ukraine", "\u2019s");
        assertThat(refine("Mali's")).containsExactly("Mali", "'s");
    }

    @Test
    void makesEveryHyphenATokenOfItsOwn() {
        assertThat(refine("-Ukraine")).containsExactly("-", "Ukraine");
        assertThat(refine("CSP-PSD")).containsExactly("CSP", "-", "PSD");
        assertThat(refine("Russia-Ukraine\u2019s")).containsExactly("Russia", "-", "Ukraine", "\u2019s");
    }

    @Test
    void splitsTheSentenceFinalPeriodOffTheLastWordButNotOffAnAbbreviation() {
        String text = "met Yusov. \u201CWagner PMC.\u201D in the U.S.";
        List<Token> tokens = List.of(new Token("met", 0, 3), new Token("Yusov.", 4, 10));
        assertThat(TokenBoundaryRefiner.refine(text, tokens)).extracting(Token::text)
                .containsExactly("met", "Yusov", ".");
        List<Token> quoted = List.of(new Token("PMC.", 19, 23), new Token("\u201D", 23, 24));
        assertThat(TokenBoundaryRefiner.refine(text, quoted)).extracting(Token::text)
                .containsExactly("PMC", ".", "\u201D");
        assertThat(TokenBoundaryRefiner.refine(text, List.of(new Token("U.S.", 32, 36)))).extracting(Token::text)
                .containsExactly("U.S.");
    }

    @Test
    void leavesOtherTokensAlone() {
        assertThat(refine("'s")).containsExactly("'s");
        assertThat(refine("byYuri")).containsExactly("byYuri");
        assertThat(refine("-")).containsExactly("-");
    }

    @Test
    void keepsOffsetsInTheOriginalText() {
        String text = "in Russia-Ukraine\u2019s war";
        List<Token> refined = TokenBoundaryRefiner.refine(text, List.of(new Token("Russia-Ukraine\u2019s", 3, 19)));
        assertThat(refined).allSatisfy(token ->
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text()));
        assertThat(refined.get(2)).isEqualTo(new Token("Ukraine", 10, 17));
    }
}
