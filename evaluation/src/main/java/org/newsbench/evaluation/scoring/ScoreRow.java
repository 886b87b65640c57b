package org.newsbench.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure of the results, as a row of {@code scores.csv}:
 * {@code backend,task,schema,scope,metric,value,ci_low,ci_high}.
 *
 * @param ciLow lower end of the 95 % bootstrap interval, NaN where none was computed (counts, per-document figures)
 */
public record ScoreRow(String backend, ScoreKey key, double value, double ciLow, double ciHigh) {

    public static ScoreRow of(String backend, ScoreKey key, double value) {
        return new ScoreRow(backend, key, value, Double.NaN, Double.NaN);
    }

    public boolean hasInterval() {
        return !Double.isNaN(ciLow);
    }

    /** The backend, task, schema, scope and metric columns of {@code scores.csv}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add(backend);
        labels.addAll(key.labels());
        return labels;
    }
}
