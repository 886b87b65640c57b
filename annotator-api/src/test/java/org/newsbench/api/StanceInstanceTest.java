package org.newsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StanceInstanceTest {

    private static final StanceTarget MALI = new StanceTarget("MALI", List.of("Mali"));
    private static final Document DOCUMENT = new Document("d1", "\uD83C\uDDF2\uD83C\uDDF1 Mali cut ties. Kyiv replied.");

    @Test
    void sentenceInItsDocumentIsSlicedByCodePoints() throws AnnotationException {
        StanceInstance question = new StanceInstance("d1", new Span(3, 18), MALI);
        assertThat(question.sentenceIn(DOCUMENT, DOCUMENT.offsets())).isEqualTo("Mali cut ties. ");
    }

    @Test
    void questionOfAnotherDocumentIsRejectedNamingBoth() {
        StanceInstance question = new StanceInstance("d2", new Span(0, 4), MALI);
        assertThatThrownBy(() -> question.sentenceIn(DOCUMENT, DOCUMENT.offsets()))
                .isInstanceOf(AnnotationException.class)
                .hasMessage("stance instance of document d2 was passed with document d1");
    }

    @Test
    void questionPastTheEndOfTheTextIsRejectedNamingTheLength() {
        StanceInstance question = new StanceInstance("d1", new Span(3, 99), MALI);
        assertThatThrownBy(() -> question.sentenceIn(DOCUMENT, DOCUMENT.offsets()))
                .isInstanceOf(AnnotationException.class)
                .hasMessage("stance instance [3, 99) ends after the 31 code points of document d1");
    }
}
