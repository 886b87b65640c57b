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
 * {@link MatchSchema}, reproducing the per-document algorithm of nervaluate 1.x (see METRICS.md).
 *
 * <p>Before matching, each side is sorted by (start, end, type) and identical mentions (same span and type) are
 * collapsed into one, counting the dropped copies. Predictions are then processed in that order; each takes at most
 * one not-yet-matched gold mention, greedily:
 * <ul>
 *   <li>STRICT: the first unmatched gold with the same span and type gives COR; otherwise the first unmatched gold it
 *       overlaps gives INC; otherwise SPU.</li>
 *   <li>EXACT: as STRICT, ignoring the type.</li>
 *   <li>PARTIAL: the same span gives COR; otherwise the first overlapped unmatched gold gives PAR; otherwise SPU.</li>
 *   <li>TYPE: among overlapped unmatched gold of the same type, the one with the smallest
 *       |Δstart| + |Δend| gives COR (first in order on ties); otherwise the first overlapped gold of another type gives
 *       INC; otherwise SPU.</li>
 * </ul>
 * Gold mentions left unmatched are MIS. Overlap means at least one shared code point.
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
        boolean[] matched = new boolean[gold.size()];
        int cor = 0;
        int inc = 0;
        int par = 0;
        int spu = 0;
        for (EntityMention prediction : predicted) {
            int correct = -1;
            int overlapping = -1;  // first unmatched gold the prediction overlaps without being correct for it
            int bestDistance = Integer.MAX_VALUE;
            for (int g = 0; g < gold.size(); g++) {
                if (matched[g]) {
                    continue;
                }
                EntityMention truth = gold.get(g);
                Span predictedSpan = prediction.span();
                Span goldSpan = truth.span();
                if (!predictedSpan.overlaps(goldSpan)) {
                    continue;
                }
                boolean sameSpan = predictedSpan.equals(goldSpan);
                boolean sameType = prediction.type().equals(truth.type());
                if (schema == MatchSchema.TYPE) {
                    // nervaluate's ent_type: keep the same-type gold with the closest boundaries, do not stop early.
                    if (sameType) {
                        int distance = Math.abs(predictedSpan.start() - goldSpan.start())
                                + Math.abs(predictedSpan.end() - goldSpan.end());
                        if (distance < bestDistance) {
                            bestDistance = distance;
                            correct = g;
                        }
                    } else if (overlapping < 0) {
                        overlapping = g;
                    }
                    continue;
                }
                boolean isCorrect = schema == MatchSchema.STRICT ? sameSpan && sameType : sameSpan;
                if (isCorrect) {
                    correct = g;
                    break;
                }
                if (overlapping < 0) {
                    overlapping = g;
                }
            }
            if (correct >= 0) {
                matched[correct] = true;
                cor++;
            } else if (overlapping >= 0) {
                matched[overlapping] = true;
                if (schema == MatchSchema.PARTIAL) {
                    par++;
                } else {
                    inc++;
                }
            } else {
                spu++;
            }
        }
        int mis = 0;
        for (boolean wasMatched : matched) {
            if (!wasMatched) {
                mis++;
            }
        }
        return new EntityCounts(cor, inc, par, mis, spu);
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
