/**
 * The pure scoring core: entity matching (SemEval-2013 Task 9.1 schemas as implemented by nervaluate 1.x), stance
 * confusion counts (SemEval-2016 Task 6 scoring), inter-annotator agreement (Cohen's kappa, Krippendorff's alpha),
 * percentile bootstrap intervals and the paired approximate randomization test.
 *
 * <p>Every score is a function of <em>additive</em> counts: a unit (a document for entities, a sentence for stance) is
 * counted once, units' counts are summed, and the statistic is computed from the sum. That makes resampling generic:
 * {@link org.newsbench.evaluation.metrics.BootstrapInterval} and
 * {@link org.newsbench.evaluation.metrics.ApproximateRandomizationTest} only add counts and call the statistic.
 * Every definition and convention is written out in {@code evaluation/METRICS.md}.
 */
package org.newsbench.evaluation.metrics;
