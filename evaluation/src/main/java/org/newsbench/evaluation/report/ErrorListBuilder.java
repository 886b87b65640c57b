package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.EntityDocumentMatch;
import org.newsbench.evaluation.metrics.EntityErrors;
import org.newsbench.evaluation.metrics.MatchedMention;
import org.newsbench.evaluation.metrics.StanceMatcher;
import org.newsbench.evaluation.metrics.StancePair;
import org.newsbench.evaluation.scoring.EvaluationResult;

/**
 * Puts a provider's errors in context for the current writers. It matches nothing itself: the entity errors are the
 * strict INC, MIS and SPU of {@link EntityErrors}, read from the result's matching passes (those behind the counts),
 * and the stance errors the off-diagonal pairs of {@link StanceMatcher#pair} (the pairing behind the confusion
 * matrices).
 */
final class ErrorListBuilder {

    private static final int CONTEXT = 40;
    private static final SortedMap<String, EntityDocumentMatch> EMPTY = new TreeMap<>();

    private final GoldCorpus gold;
    private final EvaluationResult result;
    private final Map<String, CodePointOffsets> offsets = new HashMap<>();

    ErrorListBuilder(EvaluationResult result) {
        this.result = result;
        this.gold = result.gold();
        for (Document document : gold.documents()) {
            offsets.put(document.id(), document.offsets());
        }
    }

    /**
     * Each strict INC, MIS and SPU of {@code provider}'s matching pass once (none if it did not run the entity task):
     * an INC on the gold span names both types, an INC with other boundaries both mentions (type, text, span) and
     * highlights the stretch they cover together.
     */
    List<ErrorExample> entityErrors(String provider) {
        List<ErrorExample> errors = new ArrayList<>();
        for (MatchedMention error : EntityErrors.of(result.entityMatches().getOrDefault(provider, EMPTY).values())) {
            EntityMention truth = error.gold();
            EntityMention found = error.predicted();
            String kind = error.category().name();
            if (found == null) {
                errors.add(example(provider, truth.docId(), truth.span(), kind, truth.type(), ""));
            } else if (truth == null) {
                errors.add(example(provider, found.docId(), found.span(), kind, "", found.type()));
            } else if (truth.span().equals(found.span())) {
                errors.add(example(provider, truth.docId(), truth.span(), kind, truth.type(), found.type()));
            } else {
                Span both = new Span(Math.min(truth.span().start(), found.span().start()),
                        Math.max(truth.span().end(), found.span().end()));
                errors.add(example(provider, truth.docId(), both, kind, withSpan(truth), withSpan(found)));
            }
        }
        errors.sort(Comparator.comparing(ErrorExample::docId).thenComparingInt(ErrorExample::start)
                .thenComparing(ErrorExample::kind));
        return errors;
    }

    /** Every gold instance whose scored label is wrong, a missing prediction counting as NONE as in the counts. */
    List<ErrorExample> stanceErrors(String provider, List<StancePrediction> predicted) {
        List<ErrorExample> errors = new ArrayList<>();
        for (StancePair pair : StanceMatcher.pair(gold.stances(), predicted)) {
            if (!pair.isError()) {
                continue;
            }
            StanceInstance instance = pair.gold().instance();
            String target = instance.target().id();
            ErrorExample sentence = example(provider, instance.docId(), instance.span(), "STANCE",
                    target + " " + pair.gold().label(),
                    target + " " + pair.predicted() + (pair.missing() ? " (no prediction)" : ""));
            errors.add(new ErrorExample(provider, sentence.docId(), sentence.start(), sentence.end(), "STANCE",
                    sentence.expected(), sentence.found(), "", sentence.text(), ""));
        }
        return errors;
    }

    private ErrorExample example(String provider, String docId, Span span, String kind, String expected,
                                 String found) {
        CodePointOffsets documentOffsets = offsets.get(docId);
        int length = documentOffsets.codePointLength();
        String before = documentOffsets.slice(new Span(Math.max(0, span.start() - CONTEXT), Math.max(1, span.start())));
        String after = span.end() < length
                ? documentOffsets.slice(new Span(span.end(), Math.min(length, span.end() + CONTEXT))) : "";
        if (span.start() == 0) {
            before = "";
        }
        return new ErrorExample(provider, docId, span.start(), span.end(), kind, expected, found,
                oneLine(before), documentOffsets.slice(span), oneLine(after));
    }

    /** {@code ORGANIZATION "Security Forces" 1546-1561}: for an INC whose spans differ. */
    private String withSpan(EntityMention mention) {
        return mention.type() + " \"" + oneLine(offsets.get(mention.docId()).slice(mention.span())) + "\" "
                + mention.span().start() + "-" + mention.span().end();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
