package org.newsbench.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;
import org.newsbench.api.spi.ProviderConfiguration;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's sentences (tokenize, ssplit) as code-point spans: what every CoreNLP provider answers when asked for its
 * own sentences, such as by {@code annotate} on a corpus without gold sentences. Thread-safe.
 */
final class CoreNlpSentenceSplitter implements SentenceSplitter {

    /** A line break always ends a sentence: news text puts one paragraph, headline or caption on a line. */
    static final CoreNlpSentenceSplitter DEFAULT = new CoreNlpSentenceSplitter(PipelineProperties.of(
            Map.of("annotators", "tokenize,ssplit", "ssplit.newlineIsSentenceBreak", "always"),
            ProviderConfiguration.EMPTY));

    private final PipelineProperties properties;

    /** @param properties a pipeline's properties; its annotators are replaced by tokenize, ssplit */
    CoreNlpSentenceSplitter(PipelineProperties properties) {
        this.properties = properties.with("annotators", "tokenize,ssplit");
    }

    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        if (document == null || document.text().isBlank()) {
            return List.of();
        }
        Annotation annotation = new Annotation(document.text());
        try {
            CoreNlpPipelineCache.pipeline(properties).annotate(annotation);
        } catch (RuntimeException e) {
            throw new AnnotationException("CoreNLP could not split document " + document.id() + ": " + e, e);
        }
        CodePointOffsets offsets = document.offsets();
        List<Span> spans = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (end > begin) {
                spans.add(offsets.spanOfUtf16(begin, end));
            }
        }
        return List.copyOf(spans);
    }
}
