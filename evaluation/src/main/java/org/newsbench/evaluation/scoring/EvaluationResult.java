package org.newsbench.evaluation.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Everything a report shows: the gold, every provider's run, the counts behind the scores, every figure as a
 * {@link ScoreRow}, and the pairwise significance tests. Immutable. (A class rather than a record only to keep an
 * index of the rows: reports look up thousands of figures.)
 */
public final class EvaluationResult {

    private final GoldCorpus gold;
    private final List<ProviderRun> runs;
    private final SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts;
    private final SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts;
    private final List<ScoreRow> rows;
    private final List<PairedSignificance> significance;
    private final StatisticsSettings statistics;
    private final Map<List<String>, ScoreRow> rowIndex = new HashMap<>();

    /**
     * @param entityCounts per provider id that ran the entity task: document id to its counts
     * @param stanceCounts per provider id that ran the stance task: sentence to its counts
     */
    public EvaluationResult(GoldCorpus gold, List<ProviderRun> runs,
                            SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts,
                            SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts,
                            List<ScoreRow> rows, List<PairedSignificance> significance,
                            StatisticsSettings statistics) {
        this.gold = gold;
        this.runs = List.copyOf(runs);
        this.entityCounts = entityCounts;
        this.stanceCounts = stanceCounts;
        this.rows = List.copyOf(rows);
        this.significance = List.copyOf(significance);
        this.statistics = statistics;
        for (ScoreRow row : this.rows) {
            rowIndex.putIfAbsent(List.of(row.backend(), row.task(), row.schema(), row.scope(), row.metric()), row);
        }
    }

    public GoldCorpus gold() {
        return gold;
    }

    public List<ProviderRun> runs() {
        return runs;
    }

    public SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts() {
        return entityCounts;
    }

    public SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts() {
        return stanceCounts;
    }

    public List<ScoreRow> rows() {
        return rows;
    }

    public List<PairedSignificance> significance() {
        return significance;
    }

    public StatisticsSettings statistics() {
        return statistics;
    }

    /** The figure with these coordinates, if it was computed. */
    public Optional<ScoreRow> row(String backend, String task, String schema, String scope, String metric) {
        return Optional.ofNullable(rowIndex.get(List.of(backend, task, schema, scope, metric)));
    }

    public Optional<ProviderRun> run(String providerId) {
        return runs.stream().filter(run -> run.provider().id().equals(providerId)).findFirst();
    }

    /**
     * The gold entity types that no provider scored on entities predicted even once: every provider misses them
     * (often a type only the gold has, such as CoNLL's MISC for a backend without it). Sorted.
     */
    public SortedSet<String> entityTypesNoProviderPredicted() {
        SortedSet<String> missed = new TreeSet<>(gold.entityTypes());
        runs.stream().filter(run -> entityCounts.containsKey(run.provider().id()))
                .forEach(run -> run.entities().forEach(mention -> missed.remove(mention.type())));
        return missed;
    }

    /** The cross-validation used, in words: {@code leave-one-document-out (k = 5)} or {@code 3-fold}. */
    public String crossValidationDescription() {
        int documents = gold.documents().size();
        return runs.stream().filter(run -> run.folds() > 0).map(ProviderRun::folds).findFirst()
                .map(k -> k == documents ? "leave-one-document-out (k = " + k + ")" : k + "-fold")
                .orElse("k-fold");
    }
}
