package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.Span;

class OpenNlpTextSegmenterTest {

    private static OpenNlpTextSegmenter segmenter;

    @BeforeAll
    static void load() throws Exception {
        segmenter = OpenNlpTextSegmenter.fromClasspathModels();
    }

    @Test
    void usesTheUdEnglishModelsFromMavenCentral() {
        assertThat(OpenNlpModelResources.SENTENCE_MODEL).isEqualTo("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
        assertThat(OpenNlpModelResources.TOKENIZER_MODEL).isEqualTo("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
        assertThat(OpenNlpModelResources.class.getResource(OpenNlpModelResources.SENTENCE_MODEL).toString())
                .contains("opennlp-models-sentdetect-en-1.3.0.jar");
        assertThat(OpenNlpModelResources.class.getResource(OpenNlpModelResources.TOKENIZER_MODEL).toString())
                .contains("opennlp-models-tokenizer-en-1.3.0.jar");
        assertThat(segmenter.sentenceModel().getLanguage()).isEqualTo("en");
        assertThat(segmenter.tokenizerModel().getLanguage()).isEqualTo("en");
        assertThat(segmenter.sentenceModel().getVersion().toString()).isEqualTo("2.5.4");
        assertThat(segmenter.tokenizerModel().getVersion().toString()).isEqualTo("2.5.4");
        assertThat(OpenNlpModelResources.missingResource()).isEmpty();
    }

    @Test
    void everySegmenterSharesTheModelsReadOncePerJvm() throws Exception {
        OpenNlpTextSegmenter another = OpenNlpTextSegmenter.fromClasspathModels(false);
        assertThat(another.sentenceModel()).isSameAs(segmenter.sentenceModel());
        assertThat(another.tokenizerModel()).isSameAs(segmenter.tokenizerModel());
    }

    @Test
    void sentencesOfTheCorpusAreTrimmedOrderedAndNeverCrossALineBreak() {
        for (Document document : CorpusDocuments.all()) {
            CodePointOffsets offsets = document.offsets();
            List<Span> sentences = segmenter.sentences(document);
            assertThat(sentences).isNotEmpty().isSorted();
            for (int i = 0; i < sentences.size(); i++) {
                String text = offsets.slice(sentences.get(i));
                assertThat(text).isEqualTo(text.strip()).doesNotContain("\n");
                if (i > 0) {
                    assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
                }
            }
        }
    }

    @Test
    void aHeadlineIsItsOwnSentence() {
        Document document = CorpusDocuments.load("004_fcd1b60b543d505c");
        List<String> sentences = segmenter.sentences(document).stream().map(document.offsets()::slice).toList();
        assertThat(sentences).contains("Search", "Close this search box.", "Photo: Inside Africa",
                "Malian rebels deny support to Ukraine: break in diplomatic relations");
    }

    @Test
    void tokenOffsetsSliceToTheTokenTextWhateverTheQuotesAndHyphens() {
        for (Document document : CorpusDocuments.all()) {
            for (TokenizedSentence sentence : segmenter.tokenizedSentences(document.text())) {
                for (Token token : sentence.tokens()) {
                    assertThat(document.text().substring(token.start(), token.end())).isEqualTo(token.text());
                    assertThat(token.start()).isGreaterThanOrEqualTo(sentence.start());
                    assertThat(token.end()).isLessThanOrEqualTo(sentence.end());
                }
            }
        }
    }

    @Test
    void sentenceSpansAreCodePointsAfterAnEmoji() {
        Document document = new Document("emoji", "\uD83D\uDE00 Mali cut ties. Kiev objected.");
        List<Span> sentences = segmenter.sentences(document);
        // The emoji (one code point, two UTF-16 units) belongs to the first sentence.
        assertThat(sentences).containsExactly(new Span(0, 16), new Span(17, 31));
        assertThat(document.offsets().slice(sentences.get(0))).isEqualTo("\uD83D\uDE00 Mali cut ties.");
        assertThat(document.offsets().slice(sentences.get(1))).isEqualTo("Kiev objected.");
    }
}
