package org.newsbench.evaluation.scoring;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.EntityDocumentMatch;
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
    private final SortedMap<String, SortedMap<String, EntityDocumentMatch>> entityMatches;
    private final SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts;
    private final SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts;
    private final ScoreTable scores;
    private final List<PairedSignificance> significance;
    private final StatisticsSettings statistics;

    /**
     * @param entityMatches per provider id that ran the entity task: document id to its matching pass, which gives
     *                      both the counts and the error list
     * @param stanceCounts per provider id that ran the stance task: sentence to its counts
     */
    public EvaluationResult(GoldCorpus gold, List<ProviderRun> runs,
                            SortedMap<String, SortedMap<String, EntityDocumentMatch>> entityMatches,
                            SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts,
                            List<ScoreRow> rows, List<PairedSignificance> significance,
                            StatisticsSettings statistics) {
        this(gold, runs, entityMatches, counts(entityMatches), stanceCounts, rows, significance, statistics);
    }

    /** With the entity counts already derived from {@code entityMatches} by {@link #counts}, as the scorer has them. */
    EvaluationResult(GoldCorpus gold, List<ProviderRun> runs,
                     SortedMap<String, SortedMap<String, EntityDocumentMatch>> entityMatches,
                     SortedMap<String, SortedMap<String, EntityDocumentCounts>> entityCounts,
                     SortedMap<String, SortedMap<SentenceKey, StanceCounts>> stanceCounts,
                     List<ScoreRow> rows, List<PairedSignificance> significance, StatisticsSettings statistics) {
        this.gold = gold;
        this.runs = List.copyOf(runs);
        this.entityMatches = entityMatches;
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

    /**
     * Per provider id that ran the entity task: document id to the category of every mention under every schema. The
     * source of {@link #entityCounts()} and of the error lists
     * ({@link org.newsbench.evaluation.metrics.EntityErrors#of(java.util.Collection)}).
     */
    public SortedMap<String, SortedMap<String, EntityDocumentMatch>> entityMatches() {
        return entityMatches;
    }

    /** Per provider id that ran the entity task: document id to its counts, derived from {@link #entityMatches()}. */
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

    /** The counts of every provider's every document, from its matching pass. */
    static SortedMap<String, SortedMap<String, EntityDocumentCounts>> counts(
            SortedMap<String, SortedMap<String, EntityDocumentMatch>> entityMatches) {
        SortedMap<String, SortedMap<String, EntityDocumentCounts>> counts = new TreeMap<>();
        entityMatches.forEach((provider, documents) -> {
            SortedMap<String, EntityDocumentCounts> perDocument = new TreeMap<>();
            documents.forEach((document, match) -> perDocument.put(document, match.counts()));
            counts.put(provider, perDocument);
        });
        return counts;
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
