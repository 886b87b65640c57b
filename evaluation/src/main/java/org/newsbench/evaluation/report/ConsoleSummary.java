package org.newsbench.evaluation.report;

import java.util.Locale;

import org.newsbench.api.Task;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.report.model.ProviderRow;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.scoring.ScoreKey;
import org.newsbench.evaluation.scoring.ScoreMetric;
import org.newsbench.evaluation.scoring.ScoreScope;

/** The summary table printed at the end of a run: one line per provider and task with its headline figures. */
public final class ConsoleSummary {

    private static final String LINE = "%-20s %-9s %-14s %-34s %s%n";

    private ConsoleSummary() {
    }

    public static String render(ReportModel model) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, LINE, "provider", "task", "status", "headline [95% CI]", "other"));
        for (ProviderRow provider : model.providers()) {
            String id = provider.id();
            String status = provider.status().label();
            if (provider.status() != RunStatus.RAN) {
                out.append(String.format(Locale.ROOT, "%-20s %-9s %-14s %s%n", id, "-", status, provider.reason()));
                continue;
            }
            if (model.entities().map(section -> section.providers().contains(id)).orElse(false)) {
                out.append(String.format(Locale.ROOT, LINE, id, ScoreKey.taskLabel(Task.ENTITIES), status,
                        "strict F1 " + figure(model, id, ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO,
                                ScoreMetric.F1)),
                        "partial F1 " + figure(model, id, ScoreKey.entities(MatchSchema.PARTIAL, ScoreScope.MICRO,
                                ScoreMetric.F1))));
            }
            if (model.stance().map(section -> section.providers().contains(id)).orElse(false)) {
                out.append(String.format(Locale.ROOT, LINE, id, ScoreKey.taskLabel(Task.STANCE), status,
                        "F_avg " + figure(model, id, ScoreKey.stance(ScoreScope.ALL_TARGETS, ScoreMetric.F_AVG)),
                        "accuracy " + figure(model, id, ScoreKey.stance(ScoreScope.ALL_TARGETS, ScoreMetric.ACCURACY))
                                + ", kappa " + figure(model, id, ScoreKey.stance(ScoreScope.ALL_TARGETS,
                                ScoreMetric.KAPPA))));
            }
            if (!provider.failedDocuments().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%-20s %s%n", "", provider.reason()));
            }
        }
        model.entities().ifPresent(entities -> entities.typesNoProviderPredicted().forEach(type -> out.append(
                ReportWording.typeNoProviderPredicted(model.corpus(), type)).append(System.lineSeparator())));
        return out.toString();
    }

    private static String figure(ReportModel model, String provider, ScoreKey key) {
        return FigureFormat.figure(model.scores().find(provider, key));
    }
}
