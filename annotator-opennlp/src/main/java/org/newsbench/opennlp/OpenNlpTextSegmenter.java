package org.newsbench.opennlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.Span;

/**
 * Splits text into sentences and tokens with OpenNLP's UD English sentence detector and tokenizer, keeping every
 * offset in the original text (UTF-16), whatever the tokenizer makes of quotes and hyphens.
 *
 * <p>A line break always ends a sentence: the UD sentence detector does not treat one as a boundary and would run
 * a headline, a photo credit and the next paragraph together. Each non-blank line is therefore detected on its own.
 * Tokens are then refined by {@link TokenBoundaryRefiner} unless the segmenter is built without it (configuration
 * key {@value #REFINE_BOUNDARIES_KEY}); the tokens it adds are counted ({@link #refinementSplits()}).
 *
 * <p>Thread-safe: the detector and tokenizer are OpenNLP's {@code ThreadSafe*ME} wrappers (one instance per thread).
 */
public final class OpenNlpTextSegmenter {

    /** Configuration key of the entity providers: whether {@link TokenBoundaryRefiner} splits the tokenizer's tokens. */
    public static final String REFINE_BOUNDARIES_KEY = "refine.boundaries";

    private final boolean refineBoundaries;
    private final LongAdder refinementSplits = new LongAdder();
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;

    /** A segmenter that refines token boundaries. */
    public OpenNlpTextSegmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this(sentenceModel, tokenizerModel, true);
    }

    /** @param refineBoundaries whether {@link TokenBoundaryRefiner} runs on each sentence's tokens */
    public OpenNlpTextSegmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel, boolean refineBoundaries) {
        this.refineBoundaries = refineBoundaries;
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
    }

    /** A segmenter over the Maven Central UD models (see {@link OpenNlpModelResources}). */
    public static OpenNlpTextSegmenter fromClasspathModels() throws IOException {
        return fromClasspathModels(true);
    }

    /** A segmenter over the Maven Central UD models, refining token boundaries or not. */
    public static OpenNlpTextSegmenter fromClasspathModels(boolean refineBoundaries) throws IOException {
        return new OpenNlpTextSegmenter(OpenNlpModelResources.sentenceModel(), OpenNlpModelResources.tokenizerModel(),
                refineBoundaries);
    }

    /** Whether {@link TokenBoundaryRefiner} runs on the tokenizer's tokens. */
    public boolean refinesBoundaries() {
        return refineBoundaries;
    }

    /** How many tokens {@link TokenBoundaryRefiner} has added by splitting the tokenizer's tokens, so far. */
    public long refinementSplits() {
        return refinementSplits.sum();
    }

    /** The diagnostics note on boundary refinement, naming the key, its value and the count. */
    public String refinementNote() {
        return REFINE_BOUNDARIES_KEY + "=" + refineBoundaries + ": " + refinementSplits()
                + " token split(s) added at name boundaries (hyphens, possessives, sentence-final periods)";
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    /** The sentences of {@code text} with their tokens; offsets are UTF-16 offsets in {@code text}. */
    public List<TokenizedSentence> tokenizedSentences(String text) {
        List<TokenizedSentence> sentences = new ArrayList<>();
        for (int[] bounds : sentenceBounds(text)) {
            sentences.add(new TokenizedSentence(bounds[0], bounds[1], tokens(text, bounds[0], bounds[1])));
        }
        return sentences;
    }

    /** The sentences of {@code document} as code-point spans, in order and non-overlapping. */
    public List<Span> sentences(Document document) {
        CodePointOffsets offsets = document.offsets();
        List<Span> spans = new ArrayList<>();
        for (int[] bounds : sentenceBounds(document.text())) {
            spans.add(offsets.spanOfUtf16(bounds[0], bounds[1]));
        }
        return spans;
    }

    /** {@link #sentences}, a library failure reported as an {@link AnnotationException} naming the document. */
    public List<Span> sentencesOrFail(Document document) throws AnnotationException {
        try {
            return sentences(document);
        } catch (RuntimeException e) {
            throw new AnnotationException("sentence detection failed on document " + document.id() + ": " + e, e);
        }
    }

    /** The refined tokens of {@code text} between UTF-16 offsets {@code from} and {@code to}, offsets in {@code text}. */
    public List<Token> tokens(String text, int from, int to) {
        String stretch = text.substring(from, to);
        List<Token> raw = new ArrayList<>();
        for (opennlp.tools.util.Span span : tokenizer.tokenizePos(stretch)) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            if (end > start) {
                raw.add(new Token(text.substring(start, end), start, end));
            }
        }
        if (!refineBoundaries) {
            return raw;
        }
        List<Token> refined = TokenBoundaryRefiner.refine(text, raw);
        refinementSplits.add(refined.size() - raw.size());
        return refined;
    }

    /** UTF-16 [start, end) of each sentence, trimmed of white space; never empty. */
    private List<int[]> sentenceBounds(String text) {
        List<int[]> bounds = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            addLineSentences(text, lineStart, lineEnd, bounds);
            lineStart = lineEnd + 1;
        }
        return bounds;
    }

    private void addLineSentences(String text, int lineStart, int lineEnd, List<int[]> bounds) {
        if (text.substring(lineStart, lineEnd).isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span span : sentenceDetector.sentPosDetect(text.substring(lineStart, lineEnd))) {
            int start = lineStart + span.getStart();
            int end = lineStart + span.getEnd();
            while (start < end && isSpace(text, start)) {
                start++;
            }
            while (end > start && isSpace(text, end - 1)) {
                end--;
            }
            if (end > start) {
                bounds.add(new int[] {start, end});
            }
        }
    }

    private static boolean isSpace(String text, int index) {
        char c = text.charAt(index);
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}
