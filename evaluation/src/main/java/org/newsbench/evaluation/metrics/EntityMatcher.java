package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
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
 * Matches one document's predicted entity mentions to its gold mentions under every {@link MatchSchema} and gives
 * every mention its category (COR/INC/PAR/MIS/SPU); the counts are the categories counted. See METRICS.md §1.3.
 *
 * <p>Each side is first sorted by (start, end, type). Then, with {@link EntityMatching#NERVALUATE} (the default),
 * nervaluate 1.2's single greedy pass: each prediction in order scans the gold mentions not yet taken, in order, and
 * <ul>
 *   <li>STRICT, EXACT: takes the first with the same span (STRICT: and type) as COR; failing that, the first it
 *       overlaps as INC;</li>
 *   <li>PARTIAL: takes the first with the same span as COR; failing that, the first it overlaps as PAR;</li>
 *   <li>TYPE: takes, among those of its type it overlaps, the one with the smallest |Δstart| + |Δend| (first on
 *       ties) as COR; failing that, the first of another type it overlaps as INC;</li>
 * </ul>
 * and is SPU if it takes none. An overlap must cover at least 1 % of the gold span (nervaluate's default
 * {@code min_overlap_percentage}: any shared code point for gold spans up to 100 code points). Duplicate mentions are
 * scored like any other, as nervaluate does.
 *
 * <p>With {@link EntityMatching#CORRECT_FIRST}, identical mentions are collapsed, every prediction that has a
 * correct gold takes it first (same rules), then every other prediction takes the first gold it overlaps by at least
 * one code point; the result does not depend on the order of the predictions.
 *
 * <p>Gold mentions no prediction took are MIS. Per-type categories come from matching each type's gold mentions
 * against that type's predictions alone.
 */
public final class EntityMatcher {

    private static final Comparator<EntityMention> POSITION_THEN_TYPE = Comparator
            .comparing(EntityMention::span)
            .thenComparing(EntityMention::type);

    private EntityMatcher() {
    }

    /**
     * Matches one document with {@code matching}.
     *
     * @throws IllegalArgumentException if the mentions name more than one document
     */
    public static EntityDocumentMatch match(List<EntityMention> gold, List<EntityMention> predicted,
                                            EntityMatching matching) {
        requireOneDocument(gold, predicted);
        List<EntityMention> goldMentions = sorted(gold);
        List<EntityMention> predictedMentions = sorted(predicted);
        List<EntityMention> distinctGold = distinct(goldMentions);
        List<EntityMention> distinctPredictions = distinct(predictedMentions);
        int duplicateGold = goldMentions.size() - distinctGold.size();
        int duplicatePredictions = predictedMentions.size() - distinctPredictions.size();
        if (matching == EntityMatching.CORRECT_FIRST) {
            goldMentions = distinctGold;
            predictedMentions = distinctPredictions;
        }
        Set<String> types = new TreeSet<>();
        goldMentions.forEach(m -> types.add(m.type()));
        predictedMentions.forEach(m -> types.add(m.type()));

        EnumMap<MatchSchema, SchemaMatch> bySchema = new EnumMap<>(MatchSchema.class);
        for (MatchSchema schema : MatchSchema.values()) {
            SortedMap<String, List<MatchedMention>> byType = new TreeMap<>();
            for (String type : types) {
                byType.put(type, match(matching, schema, ofType(goldMentions, type),
                        ofType(predictedMentions, type)));
            }
            bySchema.put(schema, new SchemaMatch(schema, match(matching, schema, goldMentions, predictedMentions),
                    byType));
        }
        return new EntityDocumentMatch(matching, bySchema, duplicatePredictions, duplicateGold);
    }

    /** Counts one document with {@code matching}: {@code match(gold, predicted, matching).counts()}. */
    public static EntityDocumentCounts count(List<EntityMention> gold, List<EntityMention> predicted,
                                             EntityMatching matching) {
        return match(gold, predicted, matching).counts();
    }

    /** Counts one document with the {@linkplain EntityMatching#DEFAULT default} matching. */
    public static EntityDocumentCounts count(List<EntityMention> gold, List<EntityMention> predicted) {
        return count(gold, predicted, EntityMatching.DEFAULT);
    }

    /**
     * Matches each of {@code documentIds} separately: the units for resampling. A document with no mention on either
     * side still gets an (empty) match, so that two systems scored on the same documents get aligned units.
     *
     * @return the match per document id, sorted by id
     * @throws IllegalArgumentException if a mention belongs to a document not in {@code documentIds}
     */
    public static SortedMap<String, EntityDocumentMatch> matchPerDocument(Collection<String> documentIds,
                                                                         List<EntityMention> gold,
                                                                         List<EntityMention> predicted,
                                                                         EntityMatching matching) {
        SortedMap<String, List<EntityMention>> goldByDocument = byDocument(documentIds, gold, "gold");
        SortedMap<String, List<EntityMention>> predictedByDocument = byDocument(documentIds, predicted, "predicted");
        SortedMap<String, EntityDocumentMatch> matches = new TreeMap<>();
        for (String documentId : goldByDocument.keySet()) {
            matches.put(documentId, match(goldByDocument.get(documentId), predictedByDocument.get(documentId),
                    matching));
        }
        return matches;
    }

    /** {@link #matchPerDocument} reduced to the counts of each document. */
    public static SortedMap<String, EntityDocumentCounts> countPerDocument(Collection<String> documentIds,
                                                                          List<EntityMention> gold,
                                                                          List<EntityMention> predicted,
                                                                          EntityMatching matching) {
        SortedMap<String, EntityDocumentCounts> counts = new TreeMap<>();
        matchPerDocument(documentIds, gold, predicted, matching).forEach((id, match) -> counts.put(id, match.counts()));
        return counts;
    }

    /** {@link #countPerDocument(Collection, List, List, EntityMatching)} with the default matching. */
    public static SortedMap<String, EntityDocumentCounts> countPerDocument(Collection<String> documentIds,
                                                                          List<EntityMention> gold,
                                                                          List<EntityMention> predicted) {
        return countPerDocument(documentIds, gold, predicted, EntityMatching.DEFAULT);
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

    private static List<MatchedMention> match(EntityMatching matching, MatchSchema schema, List<EntityMention> gold,
                                              List<EntityMention> predicted) {
        return switch (matching) {
            case NERVALUATE -> nervaluatePass(schema, gold, predicted);
            case CORRECT_FIRST -> correctFirstPasses(schema, gold, predicted);
        };
    }

    /** nervaluate 1.2's strategies: one pass over the predictions; see the class comment. */
    private static List<MatchedMention> nervaluatePass(MatchSchema schema, List<EntityMention> gold,
                                                       List<EntityMention> predicted) {
        boolean[] goldTaken = new boolean[gold.size()];
        List<MatchedMention> matched = new ArrayList<>(predicted.size() + gold.size());
        for (EntityMention prediction : predicted) {
            int correct = -1;
            int other = -1;
            int closest = Integer.MAX_VALUE;
            for (int g = 0; g < gold.size() && (correct < 0 || schema == MatchSchema.TYPE); g++) {
                if (goldTaken[g]) {
                    continue;
                }
                EntityMention truth = gold.get(g);
                boolean sameSpan = prediction.span().equals(truth.span());
                boolean sameType = prediction.type().equals(truth.type());
                boolean overlaps = overlapsOnePercentOfGold(prediction.span(), truth.span());
                switch (schema) {
                    case STRICT, EXACT, PARTIAL -> {
                        if (sameSpan && (sameType || schema != MatchSchema.STRICT)) {
                            correct = g;
                        } else if (overlaps && other < 0) {
                            other = g;
                        }
                    }
                    case TYPE -> {
                        if (overlaps && sameType) {
                            int distance = boundaryDistance(prediction.span(), truth.span());
                            if (distance < closest) {
                                closest = distance;
                                correct = g;
                            }
                        } else if (overlaps && other < 0) {
                            other = g;
                        }
                    }
                    default -> throw new IllegalStateException("unknown schema " + schema);
                }
            }
            matched.add(take(schema, prediction, gold, goldTaken, correct, other));
        }
        addMissed(gold, goldTaken, matched);
        return matched;
    }

    /** Order-independent: correct matches claim their gold first, then every other prediction its first overlap. */
    private static List<MatchedMention> correctFirstPasses(MatchSchema schema, List<EntityMention> gold,
                                                           List<EntityMention> predicted) {
        boolean[] goldTaken = new boolean[gold.size()];
        MatchedMention[] byPrediction = new MatchedMention[predicted.size()];
        for (int p = 0; p < predicted.size(); p++) {
            int correct = correctGold(schema, predicted.get(p), gold, goldTaken);
            if (correct >= 0) {
                byPrediction[p] = take(schema, predicted.get(p), gold, goldTaken, correct, -1);
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (byPrediction[p] == null) {
                int overlapped = firstOverlappedGold(predicted.get(p), gold, goldTaken);
                byPrediction[p] = take(schema, predicted.get(p), gold, goldTaken, -1, overlapped);
            }
        }
        List<MatchedMention> matched = new ArrayList<>(List.of(byPrediction));
        addMissed(gold, goldTaken, matched);
        return matched;
    }

    /** The prediction's category: COR with {@code correct}, else INC (PAR under PARTIAL) with {@code other}, or SPU. */
    private static MatchedMention take(MatchSchema schema, EntityMention prediction, List<EntityMention> gold,
                                       boolean[] goldTaken, int correct, int other) {
        if (correct >= 0) {
            goldTaken[correct] = true;
            return new MatchedMention(MatchCategory.COR, prediction, gold.get(correct));
        }
        if (other >= 0) {
            goldTaken[other] = true;
            MatchCategory category = schema == MatchSchema.PARTIAL ? MatchCategory.PAR : MatchCategory.INC;
            return new MatchedMention(category, prediction, gold.get(other));
        }
        return MatchedMention.spurious(prediction);
    }

    private static void addMissed(List<EntityMention> gold, boolean[] goldTaken, List<MatchedMention> matched) {
        for (int g = 0; g < gold.size(); g++) {
            if (!goldTaken[g]) {
                matched.add(MatchedMention.missed(gold.get(g)));
            }
        }
    }

    /** nervaluate's {@code _has_sufficient_overlap}: shared code points >= 1 % of the gold span. */
    private static boolean overlapsOnePercentOfGold(Span prediction, Span gold) {
        int shared = prediction.overlapLength(gold);
        return shared > 0 && 100L * shared >= gold.length();
    }

    private static int boundaryDistance(Span prediction, Span gold) {
        return Math.abs(prediction.start() - gold.start()) + Math.abs(prediction.end() - gold.end());
    }

    /** The untaken gold that makes {@code prediction} correct under {@code schema}, or -1 (CORRECT_FIRST). */
    private static int correctGold(MatchSchema schema, EntityMention prediction, List<EntityMention> gold,
                                   boolean[] goldTaken) {
        Span span = prediction.span();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int g = 0; g < gold.size(); g++) {
            if (goldTaken[g]) {
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
                    if (sameType && span.overlaps(truth.span())) {
                        int distance = boundaryDistance(span, truth.span());
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

    private static int firstOverlappedGold(EntityMention prediction, List<EntityMention> gold, boolean[] goldTaken) {
        for (int g = 0; g < gold.size(); g++) {
            if (!goldTaken[g] && prediction.span().overlaps(gold.get(g).span())) {
                return g;
            }
        }
        return -1;
    }

    private static List<EntityMention> ofType(List<EntityMention> mentions, String type) {
        return mentions.stream().filter(mention -> mention.type().equals(type)).toList();
    }

    private static List<EntityMention> sorted(List<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(POSITION_THEN_TYPE);
        return sorted;
    }

    /** Drops mentions identical to an earlier one: same span and type (the text is derived from the span). */
    private static List<EntityMention> distinct(List<EntityMention> mentions) {
        Set<Map.Entry<Span, String>> seen = new HashSet<>();
        return mentions.stream().filter(mention -> seen.add(Map.entry(mention.span(), mention.type()))).toList();
    }

    private static void requireOneDocument(List<EntityMention> gold, List<EntityMention> predicted) {
        Set<String> documents = new TreeSet<>();
        gold.forEach(m -> documents.add(m.docId()));
        predicted.forEach(m -> documents.add(m.docId()));
        if (documents.size() > 1) {
            throw new IllegalArgumentException("match() and count() take one document at a time, got mentions of "
                    + documents + "; use matchPerDocument() or countPerDocument()");
        }
    }
}
