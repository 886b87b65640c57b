package org.newsbench.evaluation.metrics;

import java.util.Collection;
import java.util.List;

/**
 * The entity errors behind the strict counts, read from the matching pass: each strict INC, MIS and SPU exactly once,
 * named as the counts name it. A right span with a wrong type is one INC with both mentions (both types); a wrong
 * boundary is one INC with both mentions (both spans); a span predicted with two types is what the pass made of each
 * prediction (COR and SPU, or INC and SPU under nervaluate's order). So the list has INC + MIS + SPU entries of the
 * strict counts, always.
 */
public final class EntityErrors {

    private EntityErrors() {
    }

    /**
     * The strict errors of matched documents, document after document in the order given, each sorted by position.
     * Pass the matches the counts came from (e.g. one provider's per-document matches) so the two cannot disagree.
     */
    public static List<MatchedMention> of(Collection<EntityDocumentMatch> documents) {
        return documents.stream().flatMap(document -> document.strictErrors().stream()).toList();
    }
}
