package org.newsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    // Two emoji (each two UTF-16 units, one code point) before "Kyiv", one between the names.
    private static final String TEXT = "\uD83D\uDE00\uD83C\uDDFA said Kyiv \uD83D\uDCA5 and Mali.";

    @Test
    void pureBmpTextMapsOffsetsToThemselves() {
        CodePointOffsets offsets = CodePointOffsets.of("Mali and Ukraine");
        assertThat(offsets.codePointLength()).isEqualTo(16);
        assertThat(offsets.toUtf16(9)).isEqualTo(9);
        assertThat(offsets.toCodePoint(9)).isEqualTo(9);
        assertThat(offsets.slice(new Span(9, 16))).isEqualTo("Ukraine");
    }

    @Test
    void mentionAfterNonBmpCharactersRoundTrips() {
        CodePointOffsets offsets = CodePointOffsets.of(TEXT);
        int utf16Begin = TEXT.indexOf("Kyiv");
        Span span = offsets.spanOfUtf16(utf16Begin, utf16Begin + 4);

        assertThat(span).isEqualTo(new Span(8, 12)); // 2 code points of emoji, then " said "
        assertThat(offsets.slice(span)).isEqualTo("Kyiv");
        assertThat(offsets.toUtf16(span.start())).isEqualTo(utf16Begin);
        assertThat(offsets.toUtf16(span.end())).isEqualTo(utf16Begin + 4);
    }

    @Test
    void everyOffsetRoundTripsAcrossSeveralSupplementaryCharacters() {
        CodePointOffsets offsets = CodePointOffsets.of(TEXT);
        assertThat(offsets.codePointLength()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
        for (int cp = 0; cp <= offsets.codePointLength(); cp++) {
            int utf16 = offsets.toUtf16(cp);
            assertThat(utf16).isEqualTo(TEXT.offsetByCodePoints(0, cp));
            assertThat(offsets.toCodePoint(utf16)).isEqualTo(cp);
        }
        int mali = TEXT.indexOf("Mali");
        assertThat(offsets.slice(offsets.spanOfUtf16(mali, mali + 4))).isEqualTo("Mali");
    }

    @Test
    void offsetInsideSurrogatePairMapsToThatCharacter() {
        CodePointOffsets offsets = CodePointOffsets.of("a\uD83D\uDE00b");
        assertThat(offsets.toCodePoint(2)).isEqualTo(1);
        assertThat(offsets.toCodePoint(3)).isEqualTo(2);
    }

    @Test
    void rejectsOffsetsOutsideTheTextNamingTheLength() {
        CodePointOffsets offsets = CodePointOffsets.of(TEXT);
        assertThatThrownBy(() -> offsets.toUtf16(offsets.codePointLength() + 1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining(String.valueOf(offsets.codePointLength()));
        assertThatThrownBy(() -> offsets.slice(new Span(0, 999)))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("999");
    }
}
