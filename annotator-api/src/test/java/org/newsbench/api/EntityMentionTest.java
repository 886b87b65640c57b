package org.newsbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class EntityMentionTest {

    @Test
    void aMentionMadeWithoutASourceLabelHasItsTypeAsSourceLabel() {
        EntityMention gold = new EntityMention("d", new Span(0, 4), "LOCATION", "Mali");
        assertThat(gold.sourceLabel()).isEqualTo("LOCATION");
    }

    @Test
    void aMappedMentionKeepsTheLibraryLabelBesideItsType() {
        Document document = new Document("d", "Mali and Niger");
        EntityMention mapped = EntityMention.of(document, document.offsets(), new Span(9, 14), "LOCATION", "COUNTRY");
        assertThat(mapped.text()).isEqualTo("Niger");
        assertThat(mapped.type()).isEqualTo("LOCATION");
        assertThat(mapped.sourceLabel()).isEqualTo("COUNTRY");
    }

    @Test
    void aNullSourceLabelIsRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> new EntityMention("d", new Span(0, 4), "LOCATION", "Mali", null))
                .withMessage("sourceLabel");
    }
}
