package org.newsbench.evaluation.scoring;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Everything a report shows: the gold, every provider's run, the counts behind the scores, every figure as a
 * {@link ScoreRow}, and the pairwise significance tests.
 *
 * @param entityCounts per provider id that ran the entity task: document id to its counts
 * @param stanceCounts per provider id that ran the stance task: sentence to its counts
 */
public record EvaluationResult(GoldCorpus gold, List<ProviderRun> runs,
                               SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts,
                               SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts,
                               List<ScoreRow> rows, List<PairedSignificance> significance,
                               StatisticsSettings statistics) {

    public EvaluationResult {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
        significance = List.copyOf(significance);
    }

    /** The figure with these coordinates, if it was computed. */
    public Optional<ScoreRow> row(String backend, String task, String schema, String scope, String metric) {
        return rows.stream()
                .filter(row -> row.backend().equals(backend) && row.task().equals(task) && row.schema().equals(schema)
                        && row.scope().equals(scope) && row.metric().equals(metric))
                .findFirst();
    }

    public Optional<ProviderRun> run(String providerId) {
        return runs.stream().filter(run -> run.provider().id().equals(providerId)).findFirst();
    }
}
