package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

/**
 * Matches one document's predicted entity mentions to its gold mentions and counts COR/INC/PAR/MIS/SPU under every
 * {@link MatchSchema}, following nervaluate 1.x (see METRICS.md for the full conventions).
 *
 * <p>Before matching, each side is sorted by (start, end, type) and identical mentions (same span and type) are
 * collapsed into one, counting the dropped copies. Each gold mention is then matched by at most one prediction, in two
 * passes over the predictions in that order:
 * <ol>
 *   <li>Correct matches: STRICT, the unmatched gold with the same span and type; EXACT and PARTIAL, the unmatched gold
 *       with the same span; TYPE, among the unmatched gold of the same type that the prediction overlaps, the one with
 *       the smallest |Δstart| + |Δend| (first on ties). Such a prediction is COR.</li>
 *   <li>Every other prediction takes the first unmatched gold it overlaps: INC (PAR under PARTIAL); with none left
 *       it is SPU.</li>
 * </ol>
 * Gold mentions left unmatched are MIS. Overlap means at least one shared code point. This equals nervaluate 1.x's
 * single greedy pass whenever no gold mention overlaps two or more predictions; when one does, nervaluate's counts
 * depend on the order of the predictions and ours let correct matches claim their gold first.
 */
public final class EntityMatcher {

    private static final Comparator<EntityMention> POSITION_THEN_TYPE = Comparator
            .comparing(EntityMention::span)
            .thenComparing(EntityMention::type);

    private EntityMatcher() {
    }

    /**
     * Counts one document.
     *
     * @throws IllegalArgumentException if the mentions name more than one document
     */
    public static EntityDocumentCounts count(List<EntityMention> gold, List<EntityMention> predicted) {
        requireOneDocument(gold, predicted);
        Deduplicated goldMentions = deduplicate(gold);
        Deduplicated predictedMentions = deduplicate(predicted);
        Set<String> types = new TreeSet<>();
        goldMentions.mentions.forEach(m -> types.add(m.type()));
        predictedMentions.mentions.forEach(m -> types.add(m.type()));

        EnumMap<MatchSchema, SchemaEntityCounts> bySchema = new EnumMap<>(MatchSchema.class);
        for (MatchSchema schema : MatchSchema.values()) {
            EntityCounts overall = match(schema, goldMentions.mentions, predictedMentions.mentions);
            SortedMap<String, EntityCounts> byType = new TreeMap<>();
            for (String type : types) {
                byType.put(type, match(schema, ofType(goldMentions.mentions, type),
                        ofType(predictedMentions.mentions, type)));
            }
            bySchema.put(schema, new SchemaEntityCounts(schema, overall, byType));
        }
        return new EntityDocumentCounts(bySchema, predictedMentions.dropped, goldMentions.dropped);
    }

    /**
     * Counts each of {@code documentIds} separately: the units for resampling. A document with no mention on either
     * side still gets (empty) counts, so that two systems scored on the same documents get aligned units.
     *
     * @return counts per document id, sorted by id
     * @throws IllegalArgumentException if a mention belongs to a document not in {@code documentIds}
     */
    public static SortedMap<String, EntityDocumentCounts> countPerDocument(Collection<String> documentIds,
                                                                          List<EntityMention> gold,
                                                                          List<EntityMention> predicted) {
        SortedMap<String, List<EntityMention>> goldByDocument = byDocument(documentIds, gold, "gold");
        SortedMap<String, List<EntityMention>> predictedByDocument = byDocument(documentIds, predicted, "predicted");
        SortedMap<String, EntityDocumentCounts> counts = new TreeMap<>();
        for (String documentId : goldByDocument.keySet()) {
            counts.put(documentId, count(goldByDocument.get(documentId), predictedByDocument.get(documentId)));
        }
        return counts;
    }

    private static SortedMap<String, List<EntityMention>> byDocument(Collection<String> documentIds,
                                                                     List<EntityMention> mentions, String side) {
        SortedMap<String, List<EntityMention>> byDocument = new TreeMap<>();
        documentIds.forEach(id -> byDocument.put(Objects.requireNonNull(id, "document id"), new ArrayList<>()));
        for (EntityMention mention : mentions) {
            List<EntityMention> documentMentions = byDocument.get(mention.docId());
            if (documentMentions == null) {
                throw new IllegalArgumentException(side + " mention " + mention + " belongs to document "
                        + mention.docId() + ", which is not among the documents scored");
            }
            documentMentions.add(mention);
        }
        return byDocument;
    }

    private static EntityCounts match(MatchSchema schema, List<EntityMention> gold, List<EntityMention> predicted) {
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] predictionCorrect = new boolean[predicted.size()];
        int cor = 0;
        // Pass 1: correct matches claim their gold first, so that another prediction overlapping the same gold
        // (processed earlier) cannot turn a correct prediction into a spurious one.
        for (int p = 0; p < predicted.size(); p++) {
            int correct = correctGold(schema, predicted.get(p), gold, goldMatched);
            if (correct >= 0) {
                goldMatched[correct] = true;
                predictionCorrect[p] = true;
                cor++;
            }
        }
        // Pass 2: every other prediction takes the first unmatched gold it overlaps (INC, or PAR under PARTIAL).
        int inc = 0;
        int par = 0;
        int spu = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (predictionCorrect[p]) {
                continue;
            }
            int overlapped = firstOverlappedGold(predicted.get(p), gold, goldMatched);
            if (overlapped < 0) {
                spu++;
                continue;
            }
            goldMatched[overlapped] = true;
            if (schema == MatchSchema.PARTIAL) {
                par++;
            } else {
                inc++;
            }
        }
        int mis = 0;
        for (boolean matched : goldMatched) {
            if (!matched) {
                mis++;
            }
        }
        return new EntityCounts(cor, inc, par, mis, spu);
    }

    /** The unmatched gold that makes {@code prediction} correct under {@code schema}, or -1. */
    private static int correctGold(MatchSchema schema, EntityMention prediction, List<EntityMention> gold,
                                   boolean[] goldMatched) {
        Span span = prediction.span();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int g = 0; g < gold.size(); g++) {
            if (goldMatched[g]) {
                continue;
            }
            EntityMention truth = gold.get(g);
            boolean sameType = prediction.type().equals(truth.type());
            switch (schema) {
                case STRICT -> {
                    if (span.equals(truth.span()) && sameType) {
                        return g;
                    }
                }
                case EXACT, PARTIAL -> {
                    if (span.equals(truth.span())) {
                        return g;
                    }
                }
                case TYPE -> {
                    // nervaluate's ent_type: among overlapped same-type gold, the closest boundaries (first on ties).
                    if (sameType && span.overlaps(truth.span())) {
                        int distance = Math.abs(span.start() - truth.span().start())
                                + Math.abs(span.end() - truth.span().end());
                        if (distance < bestDistance) {
                            bestDistance = distance;
                            best = g;
                        }
                    }
                }
                default -> throw new IllegalStateException("unknown schema " + schema);
            }
        }
        return best;
    }

    private static int firstOverlappedGold(EntityMention prediction, List<EntityMention> gold,
                                           boolean[] goldMatched) {
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g] && prediction.span().overlaps(gold.get(g).span())) {
                return g;
            }
        }
        return -1;
    }

    private static List<EntityMention> ofType(List<EntityMention> mentions, String type) {
        List<EntityMention> ofType = new ArrayList<>();
        for (EntityMention mention : mentions) {
            if (mention.type().equals(type)) {
                ofType.add(mention);
            }
        }
        return ofType;
    }

    private record Deduplicated(List<EntityMention> mentions, int dropped) {
    }

    /** Sorts and keeps one mention per (span, type); the text is derived from the span, so it is not compared. */
    private static Deduplicated deduplicate(List<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(POSITION_THEN_TYPE);
        Set<Map.Entry<Span, String>> seen = new LinkedHashSet<>();
        List<EntityMention> unique = new ArrayList<>();
        for (EntityMention mention : sorted) {
            if (seen.add(Map.entry(mention.span(), mention.type()))) {
                unique.add(mention);
            }
        }
        return new Deduplicated(unique, sorted.size() - unique.size());
    }

    private static void requireOneDocument(List<EntityMention> gold, List<EntityMention> predicted) {
        Set<String> documents = new TreeSet<>();
        gold.forEach(m -> documents.add(m.docId()));
        predicted.forEach(m -> documents.add(m.docId()));
        if (documents.size() > 1) {
            throw new IllegalArgumentException("count() scores one document at a time, got mentions of " + documents
                    + "; use countPerDocument()");
        }
    }
}
