package org.newsbench.evaluation.scoring;

/**
 * A paired approximate-randomization test between two providers on the same units (documents for entities,
 * sentences for stance) for one metric.
 *
 * @param pValue two-sided, (extreme + 1) / (shuffles + 1)
 */
public record PairedSignificance(String task, String metric, String providerA, String providerB, double valueA,
                                 double valueB, double pValue, int shuffles) {
}
