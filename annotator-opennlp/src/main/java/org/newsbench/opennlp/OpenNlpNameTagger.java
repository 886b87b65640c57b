package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

/**
 * Runs name finders over a document's sentences and maps their token spans back to code-point spans of the original
 * text, through the tokens' UTF-16 offsets and {@link CodePointOffsets}; a mention's text is therefore always the
 * text at its offsets.
 *
 * <p>Where finders disagree (two one-type models claiming overlapping spans), the longer span wins and then the
 * earlier one, as the gold allows no overlap, unless overlap resolution is off (configuration key
 * {@value #RESOLVE_OVERLAPS_KEY} of {@code opennlp}); the mentions it drops are counted. Thread-safe when its finders
 * are.
 */
public final class OpenNlpNameTagger {

    /** Configuration key of {@code opennlp}: whether overlapping mentions of different models are resolved. */
    public static final String RESOLVE_OVERLAPS_KEY = "resolve.overlaps";

    private final OpenNlpTextSegmenter segmenter;
    private final List<TypedNameFinder> finders;
    private final boolean resolveOverlaps;
    private final LongAdder overlapsDropped = new LongAdder();

    /** A tagger that resolves overlaps (a single finder never produces any). */
    public OpenNlpNameTagger(OpenNlpTextSegmenter segmenter, List<TypedNameFinder> finders) {
        this(segmenter, finders, true);
    }

    /** @param resolveOverlaps keep the longer (then earlier) of overlapping mentions, or keep them all */
    public OpenNlpNameTagger(OpenNlpTextSegmenter segmenter, List<TypedNameFinder> finders, boolean resolveOverlaps) {
        this.segmenter = segmenter;
        this.finders = List.copyOf(finders);
        this.resolveOverlaps = resolveOverlaps;
    }

    /** The diagnostics note on overlap resolution, naming the key, its value and the count so far. */
    public String overlapNote() {
        return RESOLVE_OVERLAPS_KEY + "=" + resolveOverlaps + ": " + overlapsDropped.sum()
                + " overlapping mention(s) dropped (the longer span kept, then the earlier)";
    }

    /** The mentions in {@code document}, ordered by span; an empty or blank document has none. */
    public List<EntityMention> tag(Document document) throws AnnotationException {
        if (document.text().isBlank()) {
            return List.of();
        }
        try {
            CodePointOffsets offsets = document.offsets();
            List<TokenizedSentence> sentences = segmenter.tokenizedSentences(document.text());
            List<EntityMention> candidates = new ArrayList<>();
            for (TypedNameFinder finder : finders) {
                // Adaptive (previous-mention) features belong to one document.
                finder.finder().clearAdaptiveData();
                for (TokenizedSentence sentence : sentences) {
                    if (sentence.tokens().isEmpty()) {
                        continue;
                    }
                    for (opennlp.tools.util.Span name : finder.finder().find(sentence.tokenTexts())) {
                        Token first = sentence.tokens().get(name.getStart());
                        Token last = sentence.tokens().get(name.getEnd() - 1);
                        Span span = offsets.spanOfUtf16(first.start(), last.end());
                        candidates.add(EntityMention.of(document, offsets, span, finder.typeOf(name.getType()),
                                TypedNameFinder.sourceLabelOf(name.getType())));
                    }
                }
                finder.finder().clearAdaptiveData();
            }
            if (!resolveOverlaps) {
                candidates.sort(Comparator.comparing(EntityMention::span));
                return candidates;
            }
            List<EntityMention> kept = withoutOverlaps(candidates);
            overlapsDropped.add(candidates.size() - kept.size());
            return kept;
        } catch (RuntimeException e) {
            throw new AnnotationException("OpenNLP name finding failed on document " + document.id() + ": " + e, e);
        }
    }

    private static List<EntityMention> withoutOverlaps(List<EntityMention> candidates) {
        List<EntityMention> byPriority = new ArrayList<>(candidates);
        byPriority.sort(Comparator.comparingInt((EntityMention m) -> -m.span().length())
                .thenComparing(EntityMention::span));
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention candidate : byPriority) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(EntityMention::span));
        return kept;
    }
}
