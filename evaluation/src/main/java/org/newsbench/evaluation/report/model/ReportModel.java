package org.newsbench.evaluation.report.model;

import java.util.List;
import java.util.Optional;

import org.newsbench.evaluation.scoring.ScoreTable;
import org.newsbench.evaluation.scoring.StatisticsSettings;

/**
 * Everything a report shows, computed once from a run's results by {@code report.ReportModelBuilder}; the Markdown,
 * HTML, JSON, CSV and console writers only format it. Immutable.
 *
 * @param protocol        how the providers that ran produced their predictions
 * @param providers       every provider found, in run order, whatever its status
 * @param scores          every figure, in the order of {@code scores.csv}
 * @param entities        present when the gold labels entities and at least one provider ran the entity task
 * @param stance          present when the gold labels stance and at least one provider ran the stance task
 * @param errors          per provider and task that ran, in run order
 * @param diagnostics     in run order: failed documents, dropped labels, notes
 * @param timings         one per provider that ran, in run order; the only part that varies between runs
 */
public record ReportModel(CorpusSummary corpus, StatisticsSettings statistics, ProtocolSummary protocol,
                          List<ProviderRow> providers, ScoreTable scores, Optional<EntitySection> entities,
                          Optional<StanceSection> stance, List<ErrorList> errors, List<Diagnostic> diagnostics,
                          List<TimingRow> timings) {

    public ReportModel {
        providers = List.copyOf(providers);
        errors = List.copyOf(errors);
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }

    /** @throws IllegalArgumentException for a provider id not in the model */
    public ProviderRow provider(String id) {
        return providers.stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no provider " + id + " in the report"));
    }
}
