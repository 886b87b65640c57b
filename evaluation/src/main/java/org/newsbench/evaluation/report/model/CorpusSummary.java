package org.newsbench.evaluation.report.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The corpus and its gold, as counted once for every report.
 *
 * @param whitespaceTokens whitespace-separated tokens over all documents
 * @param mentionsByType   gold entity mentions per type, by type name
 * @param stanceInstances  gold (sentence, target) pairs
 * @param stanceSentences  distinct sentences with a gold stance
 */
public record CorpusSummary(List<String> documentIds, long whitespaceTokens, int entityMentions,
                            SortedMap<String, Long> mentionsByType, int stanceInstances, int stanceSentences,
                            List<String> targets) {

    public CorpusSummary {
        documentIds = List.copyOf(documentIds);
        mentionsByType = Collections.unmodifiableSortedMap(new TreeMap<>(mentionsByType));
        targets = List.copyOf(targets);
    }
}
