package org.newsbench.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;

/**
 * Stance from CoreNLP's sentence sentiment, by {@link SentimentStanceRule}: NONE unless the sentence mentions the
 * target, then the sentiment's polarity. Untrained. Thread-safe.
 */
public final class CoreNlpSentimentStanceAnnotator implements StanceAnnotator, SentenceSplitter {

    private final CoreNlpSentenceAnalyzer analyzer;
    private final ParseFallbackLog fallbacks;

    CoreNlpSentimentStanceAnnotator(CoreNlpSentenceAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.fallbacks = new ParseFallbackLog(analyzer.maxParseTokens(), "Neutral sentiment (stance NONE)");
    }

    @Override
    public List<StancePrediction> predictStance(Document document, List<StanceInstance> instances)
            throws AnnotationException {
        if (instances == null || instances.isEmpty()) {
            return List.of();
        }
        if (document == null || document.text().isEmpty()) {
            return instances.stream().map(instance -> new StancePrediction(instance, StanceLabel.NONE)).toList();
        }
        StanceSentences sentences = new StanceSentences(document);
        List<StancePrediction> predictions = new ArrayList<>(instances.size());
        for (StanceInstance instance : instances) {
            String sentence = sentences.text(instance);
            boolean mentioned = TargetMentionMatcher.mentions(sentence, instance.target());
            SentimentClass sentiment = SentimentClass.NEUTRAL;
            if (mentioned) {
                // Only sentences that mention a target need the (slow) parse.
                SentenceAnalysis analysis = sentences.analyze(analyzer, instance);
                fallbacks.record(document.id(), instance.span(), analysis);
                sentiment = analysis.sentiment();
            }
            predictions.add(new StancePrediction(instance, SentimentStanceRule.label(mentioned, sentiment)));
        }
        return List.copyOf(predictions);
    }

    /** CoreNLP's sentences (line breaks end sentences), for stance questions on a corpus without gold sentences. */
    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        return CoreNlpSentenceSplitter.DEFAULT.sentences(document);
    }

    @Override
    public AnnotatorDiagnostics diagnostics() {
        return new AnnotatorDiagnostics(Map.of(), fallbacks.notes());
    }

    /** Nothing to release: the pipelines are shared per JVM (see {@link CoreNlpPipelineCache}) and stay loaded. */
    @Override
    public void close() {
    }
}
