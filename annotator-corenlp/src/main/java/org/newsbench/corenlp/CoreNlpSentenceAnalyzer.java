package org.newsbench.corenlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

import org.newsbench.api.Document;
import org.newsbench.api.Span;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * Tokenizes and, within a length bound, parses one stance sentence and reads CoreNLP's sentence sentiment. Each
 * sentence is analysed once per JVM and pipeline configuration: results are cached per (document id, text digest,
 * span), so folds, targets and both stance providers reuse them.
 *
 * <p>The PCFG parser is cubic in sentence length, so a sentence longer than {@code parse.maxlen} tokens is not
 * parsed; its sentiment is taken as {@link SentimentClass#NEUTRAL} and {@link SentenceAnalysis#parsed()} is false.
 * Thread-safe.
 */
final class CoreNlpSentenceAnalyzer {

    /** CoreNLP properties behind the stance providers; {@code pipeline.*} configuration keys override them. */
    static final Map<String, String> DEFAULT_PIPELINE = Map.of(
            // The stance instance's span is the sentence: never split it further.
            "ssplit.isOneSentence", "true",
            "parse.maxlen", "80");
    static final int DEFAULT_MAX_PARSE_TOKENS = 80;

    private static final LoadOnceCache<Settings, CoreNlpSentenceAnalyzer> SHARED = new LoadOnceCache<>();

    private record Settings(PipelineProperties properties, boolean sentiment) {
    }

    private record SentenceKey(String docId, String textDigest, Span span) {
    }

    private final PipelineProperties tokenizerProperties;
    private final PipelineProperties parserProperties;
    private final boolean sentiment;
    private final int maxParseTokens;
    private final LoadOnceCache<SentenceKey, SentenceAnalysis> analyses = new LoadOnceCache<>();

    private CoreNlpSentenceAnalyzer(Settings settings) {
        this.tokenizerProperties = settings.properties().with("annotators", "tokenize,ssplit");
        // The parser pipeline runs on the tokenizer's output, so it must not re-check requirements.
        this.parserProperties = settings.properties().with("annotators", "pos,parse,sentiment")
                .with("enforceRequirements", "false");
        this.sentiment = settings.sentiment();
        this.maxParseTokens = Integer.parseInt(settings.properties().get("parse.maxlen").orElseThrow());
        CoreNlpPipelineCache.pipeline(tokenizerProperties);
        if (sentiment) {
            CoreNlpPipelineCache.pipeline(parserProperties);
        }
    }

    /**
     * The analyser for these pipeline properties, loaded once per JVM.
     *
     * @param sentiment whether to parse and read sentiment, or only tokenize
     */
    static CoreNlpSentenceAnalyzer shared(PipelineProperties properties, boolean sentiment) {
        return SHARED.get(new Settings(properties, sentiment), CoreNlpSentenceAnalyzer::new);
    }

    /**
     * The stance providers' pipeline properties: defaults overlaid with {@code pipeline.*} keys. The annotator
     * list is fixed (tokenize, ssplit, then pos, parse, sentiment), so {@code pipeline.annotators} is rejected.
     */
    static PipelineProperties pipelineProperties(String providerId, ProviderConfiguration configuration)
            throws ProviderException {
        if (configuration.get(PipelineProperties.CONFIGURATION_PREFIX + "annotators").isPresent()) {
            throw new ProviderException("provider '" + providerId + "' runs a fixed annotator list (tokenize, ssplit,"
                    + " pos, parse, sentiment); pipeline.annotators cannot be set");
        }
        PipelineProperties properties = PipelineProperties.of(DEFAULT_PIPELINE, configuration);
        String maxlen = properties.get("parse.maxlen").orElseThrow();
        try {
            if (Integer.parseInt(maxlen.trim()) <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new ProviderException("pipeline.parse.maxlen must be a positive integer, got '" + maxlen + "'");
        }
        return properties.with("parse.maxlen", maxlen.trim());
    }

    /** Whether this analyser parses for sentiment (false: it only tokenizes). */
    boolean parsesSentiment() {
        return sentiment;
    }

    /** The longest sentence, in tokens, that is parsed. */
    int maxParseTokens() {
        return maxParseTokens;
    }

    /** A digest of a document's text, so that an edited document with the same id is analysed afresh. */
    static String textDigest(Document document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The analysis of the sentence at {@code span} of {@code document}, whose text is {@code sentenceText}.
     *
     * @throws RuntimeException when CoreNLP fails; the caller names the document
     */
    SentenceAnalysis analyze(Document document, String textDigest, Span span, String sentenceText) {
        return analyses.get(new SentenceKey(document.id(), textDigest, span), key -> analyzeText(sentenceText));
    }

    private SentenceAnalysis analyzeText(String sentenceText) {
        Annotation annotation = new Annotation(sentenceText);
        CoreNlpPipelineCache.pipeline(tokenizerProperties).annotate(annotation);
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = tokens.stream().map(CoreLabel::word).toList();
        if (!sentiment || words.isEmpty() || words.size() > maxParseTokens) {
            return new SentenceAnalysis(words, SentimentClass.NEUTRAL, false);
        }
        CoreNlpPipelineCache.pipeline(parserProperties).annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        String sentimentName = sentences.isEmpty() ? null
                : sentences.get(0).get(SentimentCoreAnnotations.SentimentClass.class);
        return new SentenceAnalysis(words, SentimentClass.fromCoreNlp(sentimentName), sentimentName != null);
    }
}
