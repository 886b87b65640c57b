package org.newsbench.evaluation.baseline;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;

/**
 * Remembers every gold name of the training documents with its most frequent type, and finds those strings again in
 * a test document: case-sensitive, on word boundaries, longest first, never overlapping. It measures how much of the
 * task is recall of names already seen.
 */
final class MemorizingEntityAnnotator implements EntityAnnotator, Trainable, Serializable {

    /** Serialisable, so that its fitted state can be sent to an engine's workers. */
    private static final long serialVersionUID = 1L;

    /** Names longest first (then alphabetically, for determinism), each with its type. */
    private volatile List<Map.Entry<String, String>> typeByName = List.of();

    @Override
    public void fit(TrainingSet trainingSet) {
        Map<String, Map<String, Integer>> typeCounts = new TreeMap<>();
        for (EntityMention mention : trainingSet.entities()) {
            typeCounts.computeIfAbsent(mention.text(), name -> new TreeMap<>()).merge(mention.type(), 1, Integer::sum);
        }
        Map<String, String> chosen = new HashMap<>();
        // The most frequent type; a tie goes to the alphabetically first type, for determinism.
        typeCounts.forEach((name, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                if (best == null || count.getValue() > counts.get(best)) {
                    best = count.getKey();
                }
            }
            chosen.put(name, best);
        });
        List<Map.Entry<String, String>> ordered = new ArrayList<>();
        chosen.forEach((name, type) -> ordered.add(new AbstractMap.SimpleImmutableEntry<>(name, type)));
        ordered.sort(Comparator.comparing((Map.Entry<String, String> entry) -> -entry.getKey().length())
                .thenComparing(Map.Entry::getKey));
        typeByName = List.copyOf(ordered);
    }

    @Override
    public List<EntityMention> annotateEntities(Document document) {
        String text = document.text();
        CodePointOffsets offsets = document.offsets();
        boolean[] taken = new boolean[text.length()];
        List<EntityMention> mentions = new ArrayList<>();
        for (Map.Entry<String, String> name : typeByName) {
            String surface = name.getKey();
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                if (isWordBoundary(text, at) && isWordBoundary(text, end) && isFree(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    Span span = offsets.spanOfUtf16(at, end);
                    mentions.add(new EntityMention(document.id(), span, name.getValue(), surface));
                }
            }
        }
        mentions.sort(Comparator.comparing(EntityMention::span));
        return mentions;
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** No letter or digit on both sides of {@code index}. */
    private static boolean isWordBoundary(String text, int index) {
        boolean wordBefore = index > 0 && Character.isLetterOrDigit(text.codePointBefore(index));
        boolean wordAfter = index < text.length() && Character.isLetterOrDigit(text.codePointAt(index));
        return !(wordBefore && wordAfter);
    }
}
