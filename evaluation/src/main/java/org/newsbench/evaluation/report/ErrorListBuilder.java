package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StancePrediction;
import org.newsbench.evaluation.gold.GoldCorpus;

/**
 * Lists a provider's errors with context. Entities are compared strictly (same span and type): a gold mention whose
 * span was found with another type is one {@code TYPE} error, otherwise a gold mention not found is {@code FN} and a
 * prediction not in the gold is {@code FP}. Stance errors are instances whose predicted label differs from gold.
 */
final class ErrorListBuilder {

    private static final int CONTEXT = 40;

    private final GoldCorpus gold;
    private final Map<String, CodePointOffsets> offsets = new HashMap<>();

    ErrorListBuilder(GoldCorpus gold) {
        this.gold = gold;
        for (Document document : gold.documents()) {
            offsets.put(document.id(), document.offsets());
        }
    }

    List<ErrorExample> entityErrors(String provider, List<EntityMention> predicted) {
        Map<String, Map<Span, EntityMention>> goldBySpan = new HashMap<>();
        for (EntityMention mention : gold.entities()) {
            goldBySpan.computeIfAbsent(mention.docId(), id -> new HashMap<>()).put(mention.span(), mention);
        }
        Map<String, Map<Span, EntityMention>> predictedBySpan = new HashMap<>();
        for (EntityMention mention : predicted) {
            predictedBySpan.computeIfAbsent(mention.docId(), id -> new HashMap<>()).putIfAbsent(mention.span(), mention);
        }
        List<ErrorExample> errors = new ArrayList<>();
        for (EntityMention expected : gold.entities()) {
            EntityMention found = predictedBySpan.getOrDefault(expected.docId(), Map.of()).get(expected.span());
            if (found == null) {
                errors.add(example(provider, expected.docId(), expected.span(), "FN", describe(expected), ""));
            } else if (!found.type().equals(expected.type())) {
                errors.add(example(provider, expected.docId(), expected.span(), "TYPE", describe(expected),
                        describe(found)));
            }
        }
        for (EntityMention found : predicted) {
            if (!goldBySpan.getOrDefault(found.docId(), Map.of()).containsKey(found.span())) {
                errors.add(example(provider, found.docId(), found.span(), "FP", "", describe(found)));
            }
        }
        errors.sort(Comparator.comparing(ErrorExample::docId).thenComparingInt(ErrorExample::start)
                .thenComparing(ErrorExample::kind));
        return errors;
    }

    List<ErrorExample> stanceErrors(String provider, List<StancePrediction> predicted) {
        Map<Object, StancePrediction> byInstance = new HashMap<>();
        predicted.forEach(prediction -> byInstance.put(prediction.instance(), prediction));
        List<ErrorExample> errors = new ArrayList<>();
        for (LabelledStance expected : gold.stances()) {
            StancePrediction found = byInstance.get(expected.instance());
            if (found != null && found.label() != expected.label()) {
                ErrorExample sentence = example(provider, expected.instance().docId(), expected.instance().span(),
                        "STANCE", expected.instance().target().id() + " " + expected.label(),
                        expected.instance().target().id() + " " + found.label());
                errors.add(new ErrorExample(provider, sentence.docId(), sentence.start(), sentence.end(), "STANCE",
                        sentence.expected(), sentence.found(), "", sentence.text(), ""));
            }
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

    private static String describe(EntityMention mention) {
        return mention.type();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
