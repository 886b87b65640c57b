package org.newsbench.evaluation.report;

import java.util.Locale;

import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.scoring.EvaluationResult;

/** The summary table printed at the end of a run: one line per provider with its headline figures. */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    public static String render(EvaluationResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-20s %-9s %-11s %-34s %s%n", "provider", "task", "status",
                "headline [95% CI]", "other"));
        for (ProviderRun run : result.runs()) {
            String id = run.provider().id();
            if (!run.ran()) {
                out.append(String.format(Locale.ROOT, "%-20s %-9s %-11s %s%n", id, "-",
                        run.status().label(), run.reason()));
                continue;
            }
            if (result.entityCounts().containsKey(id)) {
                out.append(String.format(Locale.ROOT, "%-20s %-9s %-11s %-34s %s%n", id, "entities", "ran",
                        "strict F1 " + figure(result, id, "entities", "strict", "micro", "f1"),
                        "partial F1 " + figure(result, id, "entities", "partial", "micro", "f1")));
            }
            if (result.stanceCounts().containsKey(id)) {
                out.append(String.format(Locale.ROOT, "%-20s %-9s %-11s %-34s %s%n", id, "stance", "ran",
                        "F_avg " + figure(result, id, "stance", "-", "all", "f_avg"),
                        "accuracy " + figure(result, id, "stance", "-", "all", "accuracy")
                                + ", kappa " + figure(result, id, "stance", "-", "all", "kappa")));
            }
            if (!run.failedDocuments().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%-20s %s%n", "", run.reason()));
            }
        }
        return out.toString();
    }

    private static String figure(EvaluationResult result, String backend, String task, String schema, String scope,
                                 String metric) {
        return result.row(backend, task, schema, scope, metric).map(FigureFormat::withInterval).orElse("-");
    }
}
