package org.newsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsNegativeStartNamingBothValues() {
        assertThatThrownBy(() -> new Span(-1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1").hasMessageContaining("4");
    }

    @Test
    void rejectsReversedSpanNamingBothValues() {
        assertThatThrownBy(() -> new Span(7, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reversed").hasMessageContaining("7").hasMessageContaining("3");
    }

    @Test
    void rejectsEmptySpan() {
        assertThatThrownBy(() -> new Span(5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty").hasMessageContaining("5");
    }

    @Test
    void overlapIsEndExclusive() {
        assertThat(new Span(0, 4).overlaps(new Span(4, 6))).isFalse();
        assertThat(new Span(0, 5).overlaps(new Span(4, 6))).isTrue();
        assertThat(new Span(0, 5).overlapLength(new Span(4, 6))).isEqualTo(1);
        assertThat(new Span(2, 9).contains(new Span(3, 9))).isTrue();
        assertThat(new Span(2, 9).contains(new Span(1, 9))).isFalse();
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(new Span(1, 3)).isLessThan(new Span(1, 4)).isLessThan(new Span(2, 3));
    }
}
