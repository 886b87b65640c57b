package org.newsbench.evaluation.scoring;

/**
 * One figure of the results, as a row of {@code scores.csv}:
 * {@code backend,task,schema,scope,metric,value,ci_low,ci_high}.
 *
 * @param task   {@code entities} or {@code stance}
 * @param schema {@code strict|exact|partial|type} for entities, {@code -} for stance
 * @param scope  {@code micro}, {@code macro}, a type such as {@code PERSON}, {@code doc:<doc_id>}; for stance
 *               {@code all}, {@code target:<TARGET>} or {@code doc:<doc_id>}
 * @param metric {@code precision|recall|f1|cor|inc|par|mis|spu} for entities;
 *               {@code accuracy|f_avg|macro_f1|kappa} for stance
 * @param ciLow  lower end of the 95 % bootstrap interval, NaN where none was computed (counts, per-document figures)
 */
public record ScoreRow(String backend, String task, String schema, String scope, String metric, double value,
                       double ciLow, double ciHigh) {

    public static ScoreRow of(String backend, String task, String schema, String scope, String metric, double value) {
        return new ScoreRow(backend, task, schema, scope, metric, value, Double.NaN, Double.NaN);
    }

    public boolean hasInterval() {
        return !Double.isNaN(ciLow);
    }
}
