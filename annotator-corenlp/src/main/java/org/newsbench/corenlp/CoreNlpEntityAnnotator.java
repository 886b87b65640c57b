package org.newsbench.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelMapping;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;

/**
 * Named entities from a CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner): CoreNLP's own entity mentions
 * ({@link CoreAnnotations.MentionsAnnotation}), their UTF-16 offsets converted to code points, their labels mapped
 * to the gold types through a {@link LabelMapping} (CoreNLP's own label kept as the mention's source label), pronouns
 * and letterless mentions dropped as {@link NameMentionFilter} is configured. Also splits sentences with the same
 * tokenizer and splitter settings.
 *
 * <p>Thread-safe: each call annotates its own {@link Annotation} with the shared pipeline.
 */
public final class CoreNlpEntityAnnotator implements EntityAnnotator, SentenceSplitter {

    private final StanfordCoreNLP nerPipeline;
    private final CoreNlpSentenceSplitter sentenceSplitter;
    private final LabelMapping mapping;
    private final NameMentionFilter filter;
    private final Map<NameMentionFilter.Verdict, LongAdder> filtered = new ConcurrentHashMap<>();

    /**
     * @param properties the pipeline's properties; its {@code annotators} must include {@code ner}
     * @param mapping    CoreNLP entity label to gold type
     * @param filter     which non-name mentions are dropped
     */
    CoreNlpEntityAnnotator(PipelineProperties properties, LabelMapping mapping, NameMentionFilter filter) {
        this.nerPipeline = CoreNlpPipelineCache.pipeline(properties);
        // Sentences come from the same tokenizer/splitter settings without paying for NER.
        this.sentenceSplitter = new CoreNlpSentenceSplitter(properties);
        this.mapping = mapping;
        this.filter = filter;
    }

    @Override
    public List<EntityMention> annotateEntities(Document document) throws AnnotationException {
        if (document == null || document.text().isBlank()) {
            return List.of();
        }
        Annotation annotation = annotate(nerPipeline, document);
        CodePointOffsets offsets = document.offsets();
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> coreMentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap coreMention : coreMentions == null ? List.<CoreMap>of() : coreMentions) {
            String text = coreMention.get(CoreAnnotations.TextAnnotation.class);
            NameMentionFilter.Verdict verdict = NameMentionFilter.judge(text,
                    coreMention.get(CoreAnnotations.TokensAnnotation.class));
            if (filter.drops(verdict)) {
                filtered.computeIfAbsent(verdict, v -> new LongAdder()).increment();
                continue;
            }
            String annotated = coreMention.get(CoreAnnotations.EntityTypeAnnotation.class);
            String label = annotated == null ? "O" : annotated;
            var goldType = mapping.map(label);
            if (goldType.isEmpty()) {
                continue;
            }
            Span span = offsets.spanOfUtf16(coreMention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    coreMention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            mentions.add(EntityMention.of(document, offsets, span, goldType.get(), label));
        }
        return List.copyOf(mentions);
    }

    /** CoreNLP's sentences, split with this pipeline's tokenizer and splitter settings. */
    @Override
    public List<Span> sentences(Document document) throws AnnotationException {
        return sentenceSplitter.sentences(document);
    }

    @Override
    public AnnotatorDiagnostics diagnostics() {
        List<String> notes = new ArrayList<>();
        notes.add("label mapping: " + mapping.source());
        long pronouns = count(NameMentionFilter.Verdict.PRONOUN);
        long letterless = count(NameMentionFilter.Verdict.NO_LETTER_OR_DIGIT);
        notes.add(NameMentionFilter.PRONOUNS_KEY + "=" + filter.dropPronouns() + ": " + pronouns
                + " pronoun mention(s) dropped (the spec annotates names only)");
        notes.add(NameMentionFilter.LETTERLESS_KEY + "=" + filter.dropLetterless() + ": " + letterless
                + " mention(s) without a letter or digit dropped");
        return new AnnotatorDiagnostics(mapping.droppedCounts(), notes);
    }

    private long count(NameMentionFilter.Verdict verdict) {
        LongAdder adder = filtered.get(verdict);
        return adder == null ? 0 : adder.sum();
    }

    private static Annotation annotate(StanfordCoreNLP pipeline, Document document) throws AnnotationException {
        Annotation annotation = new Annotation(document.text());
        try {
            pipeline.annotate(annotation);
        } catch (RuntimeException e) {
            throw new AnnotationException("CoreNLP failed on document " + document.id() + ": " + e, e);
        }
        return annotation;
    }

    /** Nothing to release: the pipelines are shared per JVM (see {@link CoreNlpPipelineCache}) and stay loaded. */
    @Override
    public void close() {
    }
}
