package org.newsbench.evaluation.report.model;

import java.util.List;

import org.newsbench.evaluation.metrics.ConfusionMatrix;

/**
 * The stance task: which providers ran it, the targets, each provider's confusion matrix over all targets and the
 * significance tests. Headline and per-target figures are in {@link ReportModel#scores()}.
 *
 * @param providers  provider ids that ran the task, sorted
 * @param targets    target ids, in gold order
 * @param confusion  one per provider, in the order of {@code providers}
 */
public record StanceSection(List<String> providers, List<String> targets, List<Confusion> confusion,
                            SignificanceTable significance) {

    public StanceSection {
        providers = List.copyOf(providers);
        targets = List.copyOf(targets);
        confusion = List.copyOf(confusion);
    }

    /** A provider's confusion matrix summed over every sentence and target, with its accuracy. */
    public record Confusion(String provider, ConfusionMatrix matrix, double accuracy) {
    }
}
