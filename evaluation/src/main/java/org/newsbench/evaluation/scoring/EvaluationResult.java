package org.newsbench.evaluation.scoring;

import java.util.List;
import java.util.SortedMap;

import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Everything a report shows: the gold, every provider's run, the counts behind the scores, every figure as a
 * {@link ScoreRow}, and the pairwise significance tests. Immutable.
 */
public final class EvaluationResult {

    private final GoldCorpus gold;
    private final List<ProviderRun> runs;
    private final SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts;
    private final SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts;
    private final ScoreTable scores;
    private final List<PairedSignificance> significance;
    private final StatisticsSettings statistics;

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
        this.scores = new ScoreTable(rows);
        this.significance = List.copyOf(significance);
        this.statistics = statistics;
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
        return scores.rows();
    }

    /** Every figure, looked up by provider and {@link ScoreKey}. */
    public ScoreTable scores() {
        return scores;
    }

    public List<PairedSignificance> significance() {
        return significance;
    }

    public StatisticsSettings statistics() {
        return statistics;
    }

    /** The cross-validation used, in words: {@code leave-one-document-out (k = 5)} or {@code 3-fold}. */
    public String crossValidationDescription() {
        int documents = gold.documents().size();
        return runs.stream().filter(run -> run.folds() > 0).map(ProviderRun::folds).findFirst()
                .map(k -> k == documents ? "leave-one-document-out (k = " + k + ")" : k + "-fold")
                .orElse("k-fold");
    }
}
