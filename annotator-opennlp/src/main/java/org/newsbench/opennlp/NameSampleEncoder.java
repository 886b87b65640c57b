package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameSample;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;

/**
 * Turns documents and their gold mentions into OpenNLP {@link NameSample}s: each sentence's tokens with the mentions
 * as token spans typed with the gold type. The name finder's {@code BioCodec} then encodes them as BIO outcomes
 * ({@code PERSON-start}, {@code PERSON-cont}, {@code other}).
 *
 * <p>A mention can be encoded only if it starts on a token's start and ends on a token's end within one sentence.
 * One that does not (a name glued to another word, such as {@code byYuri Zoria}, which the tokenizer leaves as one
 * token; a mention across a sentence boundary; one that overlaps a mention already placed) is left out of the
 * training data and returned as {@link UnencodableMention}, so that the annotator can report it. The sentence is
 * still trained on, with the mention's tokens as outside-of-name.
 */
public final class NameSampleEncoder {

    private final OpenNlpTextSegmenter segmenter;

    public NameSampleEncoder(OpenNlpTextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Encodes {@code documents} with those of {@code mentions} that belong to them; other mentions are ignored. */
    public EncodedNames encode(List<Document> documents, List<EntityMention> mentions) {
        Map<String, List<EntityMention>> mentionsByDocument = new HashMap<>();
        for (EntityMention mention : mentions) {
            mentionsByDocument.computeIfAbsent(mention.docId(), id -> new ArrayList<>()).add(mention);
        }
        List<NameSample> samples = new ArrayList<>();
        List<UnencodableMention> unencodable = new ArrayList<>();
        int encoded = 0;
        for (Document document : documents) {
            List<EntityMention> documentMentions = mentionsByDocument.getOrDefault(document.id(), List.of());
            encoded += encodeDocument(document, documentMentions, samples, unencodable);
        }
        return new EncodedNames(samples, encoded, unencodable);
    }

    private int encodeDocument(Document document, List<EntityMention> mentions, List<NameSample> samples,
            List<UnencodableMention> unencodable) {
        CodePointOffsets offsets = document.offsets();
        List<TokenizedSentence> sentences = segmenter.tokenizedSentences(document.text());
        List<List<opennlp.tools.util.Span>> namesBySentence = new ArrayList<>();
        sentences.forEach(sentence -> namesBySentence.add(new ArrayList<>()));

        List<EntityMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(EntityMention::span));
        int encoded = 0;
        for (EntityMention mention : ordered) {
            if (mention.span().end() > offsets.codePointLength()) {
                unencodable.add(new UnencodableMention(mention, "span ends after the document's text"));
                continue;
            }
            int start = offsets.toUtf16(mention.span().start());
            int end = offsets.toUtf16(mention.span().end());
            String reason = place(sentences, namesBySentence, start, end, mention.type());
            if (reason == null) {
                encoded++;
            } else {
                unencodable.add(new UnencodableMention(mention, reason));
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            TokenizedSentence sentence = sentences.get(i);
            if (sentence.tokens().isEmpty()) {
                continue;
            }
            // The first sentence of a document clears the name finder's adaptive (previous-mention) features.
            samples.add(new NameSample(document.id(), sentence.tokenTexts(),
                    namesBySentence.get(i).toArray(new opennlp.tools.util.Span[0]), null, i == 0));
        }
        return encoded;
    }

    /** Places a mention at UTF-16 [start, end) as a token span; returns why it cannot be, or null when placed. */
    private static String place(List<TokenizedSentence> sentences, List<List<opennlp.tools.util.Span>> names,
            int start, int end, String type) {
        for (int s = 0; s < sentences.size(); s++) {
            TokenizedSentence sentence = sentences.get(s);
            if (start >= sentence.end() || end <= sentence.start()) {
                continue;
            }
            if (start < sentence.start() || end > sentence.end()) {
                return "crosses a sentence boundary";
            }
            int first = -1;
            int last = -1;
            List<Token> tokens = sentence.tokens();
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).start() == start) {
                    first = t;
                }
                if (tokens.get(t).end() == end) {
                    last = t;
                }
            }
            if (first < 0 || last < first) {
                return "does not start and end on token boundaries (tokens: " + coveringTokens(tokens, start, end)
                        + ")";
            }
            opennlp.tools.util.Span tokenSpan = new opennlp.tools.util.Span(first, last + 1, type);
            for (opennlp.tools.util.Span placed : names.get(s)) {
                if (placed.getStart() < tokenSpan.getEnd() && tokenSpan.getStart() < placed.getEnd()) {
                    return "overlaps another gold mention";
                }
            }
            names.get(s).add(tokenSpan);
            return null;
        }
        return "lies outside every sentence (white space only)";
    }

    private static String coveringTokens(List<Token> tokens, int start, int end) {
        List<String> covering = new ArrayList<>();
        for (Token token : tokens) {
            if (token.start() < end && start < token.end()) {
                covering.add(token.text());
            }
        }
        return String.join(" | ", covering);
    }
}
