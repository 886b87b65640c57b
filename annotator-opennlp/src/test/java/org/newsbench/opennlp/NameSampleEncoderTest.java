package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import opennlp.tools.namefind.NameSample;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

class NameSampleEncoderTest {

    private static NameSampleEncoder encoder;

    @BeforeAll
    static void load() throws Exception {
        encoder = new NameSampleEncoder(OpenNlpTextSegmenter.fromClasspathModels());
    }

    private static EntityMention mention(Document document, String text, String type) {
        int at = document.text().indexOf(text);
        return EntityMention.of(document, document.offsets(), document.offsets().spanOfUtf16(at, at + text.length()),
                type);
    }

    @Test
    void encodesMentionsAsTypedTokenSpansPerSentence() {
        Document document = new Document("d", "Kiev\u2019s envoy met Andriy Yusov.\nMali left.");
        EncodedNames encoded = encoder.encode(List.of(document), List.of(mention(document, "Kiev", "LOCATION"),
                mention(document, "Andriy Yusov", "PERSON"), mention(document, "Mali", "LOCATION")));
        assertThat(encoded.unencodable()).isEmpty();
        assertThat(encoded.encodedMentions()).isEqualTo(3);
        NameSample first = encoded.samples().get(0);
        assertThat(first.getSentence()).startsWith("Kiev", "\u2019s", "envoy", "met", "Andriy", "Yusov");
        assertThat(first.getNames()).containsExactly(new opennlp.tools.util.Span(0, 1, "LOCATION"),
                new opennlp.tools.util.Span(4, 6, "PERSON"));
        assertThat(first.isClearAdaptiveDataSet()).isTrue();
        assertThat(encoded.samples().get(1).isClearAdaptiveDataSet()).isFalse();
    }

    @Test
    void aNameGluedToAWordOrCrossingSentencesIsReportedNotEncoded() {
        Document document = new Document("d", "Story byYuri Zoria\nNew York\nCity hall.");
        EntityMention glued = mention(document, "Yuri Zoria", "PERSON");
        EntityMention across = EntityMention.of(document, document.offsets(),
                document.offsets().spanOfUtf16(document.text().indexOf("New"), document.text().indexOf(" hall")),
                "LOCATION");
        EncodedNames encoded = encoder.encode(List.of(document), List.of(glued, across));
        assertThat(encoded.encodedMentions()).isZero();
        assertThat(encoded.unencodable()).extracting(UnencodableMention::reason)
                .anyMatch(reason -> reason.contains("token boundaries") && reason.contains("byYuri"))
                .anyMatch(reason -> reason.contains("sentence boundary"));
        // The sentences are still training data, with the glued name as outside-of-name.
        assertThat(encoded.samples()).hasSize(3).allMatch(sample -> sample.getNames().length == 0);
    }

    @Test
    void mentionsOfOtherDocumentsAreIgnored() {
        Document document = new Document("d", "Mali left.");
        EntityMention elsewhere = new EntityMention("other", new Span(0, 4), "LOCATION", "Mali");
        EncodedNames encoded = encoder.encode(List.of(document), List.of(elsewhere));
        assertThat(encoded.encodedMentions()).isZero();
        assertThat(encoded.unencodable()).isEmpty();
    }
}
