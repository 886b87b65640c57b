package org.newsbench.evaluation.report.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.newsbench.api.Task;

/**
 * The corpus and its gold, as counted once for every report.
 *
 * @param whitespaceTokens whitespace-separated tokens over all documents
 * @param mentionsByType   gold entity mentions per type, by type name
 * @param stanceInstances  gold (sentence, target) pairs
 * @param stanceSentences  distinct sentences with a gold stance
 * @param tasks            the tasks the gold labels; the reports show only these
 * @param gold             where the gold was read from
 */
public record CorpusSummary(List<String> documentIds, long whitespaceTokens, int entityMentions,
                            SortedMap<String, Long> mentionsByType, int stanceInstances, int stanceSentences,
                            List<String> targets, Set<Task> tasks, GoldOrigin gold) {

    public CorpusSummary {
        documentIds = List.copyOf(documentIds);
        mentionsByType = Collections.unmodifiableSortedMap(new TreeMap<>(mentionsByType));
        targets = List.copyOf(targets);
        tasks = tasks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tasks));
    }

    public boolean labels(Task task) {
        return tasks.contains(task);
    }

    /** Whether every gold sentence is labelled for every target, or the stance gold is sparse. */
    public boolean fullStanceGrid() {
        return stanceInstances == (long) stanceSentences * targets.size();
    }

    /**
     * Where the gold came from.
     *
     * @param format     its format's name on the command line: {@code csv}, {@code conll}, {@code brat}, {@code jsonl}
     * @param formatName its format in words: {@code CoNLL}, {@code CSV (the project's layout)}
     * @param source     the path it was read from, as given; empty when that path says nothing to a reader
     * @param notes      what its reader left aside, in words
     */
    public record GoldOrigin(String format, String formatName, String source, List<String> notes) {

        public GoldOrigin {
            notes = List.copyOf(notes);
        }
    }
}
