package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.newsbench.api.StanceLabel;
import org.newsbench.api.Task;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.report.model.CorpusSummary;
import org.newsbench.evaluation.report.model.Diagnostic;
import org.newsbench.evaluation.report.model.DocumentCell;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ErrorList;
import org.newsbench.evaluation.report.model.ProviderRow;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.SchemaCountsRow;
import org.newsbench.evaluation.report.model.SignificanceTable;
import org.newsbench.evaluation.report.model.StanceSection;
import org.newsbench.evaluation.report.model.TimingRow;
import org.newsbench.evaluation.scoring.ScoreKey;
import org.newsbench.evaluation.scoring.ScoreMetric;
import org.newsbench.evaluation.scoring.ScoreScope;

/**
 * {@code report.md}: the summary, per-type, per-target and per-document tables, significance, errors with context,
 * diagnostics, and, last and apart, the timings (the only part that changes between identical runs). Formats a
 * {@link ReportModel}; computes nothing.
 */
public final class MarkdownReportWriter {

    /** Errors listed per provider and task; {@code errors.csv} beside the report has them all. */
    private static final int ERRORS_PER_PROVIDER = 25;

    private final ReportModel model;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReportWriter(ReportModel model) {
        this.model = model;
    }

    public static String render(ReportModel model) {
        return new MarkdownReportWriter(model).build();
    }

    private String build() {
        line("# Accuracy report");
        line("");
        corpus();
        providers();
        model.entities().ifPresent(this::entities);
        model.stance().ifPresent(this::stance);
        errorLists();
        diagnostics();
        timing();
        return out.toString();
    }

    private void corpus() {
        CorpusSummary corpus = model.corpus();
        List<String> gold = new ArrayList<>();
        if (corpus.labels(Task.ENTITIES)) {
            gold.add(String.format(Locale.ROOT, "%d entity mentions (%s)", corpus.entityMentions(),
                    corpus.mentionsByType().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
        }
        if (corpus.labels(Task.STANCE)) {
            gold.add(corpus.fullStanceGrid()
                    ? String.format(Locale.ROOT, "%d sentences × %d targets (%s)", corpus.stanceSentences(),
                            corpus.targets().size(), String.join(", ", corpus.targets()))
                    : String.format(Locale.ROOT, "%d (sentence, target) pairs over %d sentences and %d targets (%s)",
                            corpus.stanceInstances(), corpus.stanceSentences(), corpus.targets().size(),
                            String.join(", ", corpus.targets())));
        }
        line("Corpus: %d documents, %d whitespace tokens; gold: %s.", corpus.documentIds().size(),
                corpus.whitespaceTokens(), String.join(", ", gold));
        line("Gold: %s.", ReportWording.gold(corpus.gold()));
        line("");
        var statistics = model.statistics();
        line("Protocol: %s.", ReportWording.protocol(model.protocol()));
        if (corpus.labels(Task.ENTITIES)) {
            line("Entity matching: %s (METRICS.md §1.3).", model.statistics().entityMatching().label());
        }
        line("Statistics: %d %% percentile bootstrap intervals (%d resamples %s; seed %d); paired approximate "
                        + "randomization tests (%d shuffles, same seed). Definitions: evaluation/METRICS.md.",
                Math.round(statistics.confidenceLevel() * 100), statistics.bootstrapResamples(),
                ReportWording.resampledUnits(corpus), statistics.seed(), statistics.randomizationShuffles());
        line("");
    }

    private void providers() {
        line("## Providers");
        line("");
        line("| provider | library | tasks | protocol | status | note |");
        line("|---|---|---|---|---|---|");
        for (ProviderRow row : model.providers()) {
            var provider = row.descriptor();
            line("| %s | %s | %s | %s | %s | %s |", provider.id(), provider.libraryWithVersion(),
                    provider.tasks().stream().map(ScoreKey::taskLabel).sorted().collect(Collectors.joining(", ")),
                    row.protocolDescription(), row.status().label(), cell(row.reason()));
        }
        line("");
    }

    private void entities(EntitySection entities) {
        line("## Entities");
        line("");
        line("Micro-averaged over all mentions; `strict` = exact span and type (conlleval), `exact` = exact span, "
                + "`partial` = overlapping span (half credit), `type` = overlapping span and the right type.");
        line("");
        line("| provider | protocol | strict P | strict R | strict F1 [95 % CI] | exact F1 | partial F1 | type F1 | "
                + "strict macro-F1 |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (String provider : entities.providers()) {
            line("| %s | %s | %s | %s | %s | %s | %s | %s | %s |", provider,
                    model.provider(provider).protocolDescription(),
                    entity(provider, MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.PRECISION),
                    entity(provider, MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.RECALL),
                    entity(provider, MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.F1),
                    entity(provider, MatchSchema.EXACT, ScoreScope.MICRO, ScoreMetric.F1),
                    entity(provider, MatchSchema.PARTIAL, ScoreScope.MICRO, ScoreMetric.F1),
                    entity(provider, MatchSchema.TYPE, ScoreScope.MICRO, ScoreMetric.F1),
                    entity(provider, MatchSchema.STRICT, ScoreScope.MACRO, ScoreMetric.F1));
        }
        line("");
        line("### Strict F1 per type");
        line("");
        line("| provider | " + String.join(" | ", entities.types()) + " |");
        line("|---|" + "---|".repeat(entities.types().size()));
        for (String provider : entities.providers()) {
            StringBuilder row = new StringBuilder("| " + provider + " |");
            for (String type : entities.types()) {
                row.append(' ').append(entity(provider, MatchSchema.STRICT, ScoreScope.type(type), ScoreMetric.F1))
                        .append(" |");
            }
            line(row.toString());
        }
        line("");
        for (String type : entities.typesNoProviderPredicted()) {
            line(ReportWording.typeNoProviderPredicted(model.corpus(), type));
            line("");
        }
        line("### Counts per schema");
        line("");
        line("| provider | schema | COR | INC | PAR | MIS | SPU | P | R | F1 |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (SchemaCountsRow row : entities.counts()) {
            EntityCounts counts = row.counts();
            line("| %s | %s | %d | %d | %d | %d | %d | %s | %s | %s |", row.provider(),
                    ScoreKey.schemaLabel(row.schema()), counts.cor(), counts.inc(), counts.par(), counts.mis(),
                    counts.spu(), FigureFormat.score(row.precision()), FigureFormat.score(row.recall()),
                    FigureFormat.score(row.f1()));
        }
        line("");
        EntitySection.DocumentTable table = entities.documentTable();
        line("### " + ReportWording.documentTableHeading(table));
        line("");
        if (table.isSelection()) {
            line(ReportWording.documentTableSelection(table));
            line("");
        }
        line("| document | gold mentions | " + String.join(" | ", entities.providers()) + " |");
        line("|---|---|" + "---|".repeat(entities.providers().size()));
        for (EntitySection.DocumentRow document : table.rows()) {
            StringBuilder row = new StringBuilder("| " + document.docId() + " | " + document.goldMentions() + " |");
            for (DocumentCell cell : document.cells()) {
                row.append(' ').append(FigureFormat.cell(cell)).append(" |");
            }
            line(row.toString());
        }
        line("");
        significance(entities.significance());
    }

    private void stance(StanceSection stance) {
        line("## Stance");
        line("");
        line("`F_avg` = (F1 FAVOR + F1 AGAINST) / 2 over all targets pooled (SemEval-2016 Task 6); macro-F1 over the "
                + "three labels; kappa = Cohen's kappa against gold.");
        line("");
        line("| provider | protocol | accuracy [95 % CI] | F_avg [95 % CI] | macro-F1 | kappa |");
        line("|---|---|---|---|---|---|");
        for (String provider : stance.providers()) {
            line("| %s | %s | %s | %s | %s | %s |", provider, model.provider(provider).protocolDescription(),
                    stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.ACCURACY),
                    stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.F_AVG),
                    stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.MACRO_F1),
                    stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.KAPPA));
        }
        line("");
        line("### F_avg and accuracy per target");
        line("");
        List<String> targets = stance.targets();
        line("| provider | " + targets.stream().map(t -> t + " F_avg | " + t + " acc")
                .collect(Collectors.joining(" | ")) + " |");
        line("|---|" + "---|---|".repeat(targets.size()));
        for (String provider : stance.providers()) {
            StringBuilder row = new StringBuilder("| " + provider + " |");
            for (String target : targets) {
                row.append(' ').append(stance(provider, ScoreScope.target(target), ScoreMetric.F_AVG)).append(" | ")
                        .append(stance(provider, ScoreScope.target(target), ScoreMetric.ACCURACY)).append(" |");
            }
            line(row.toString());
        }
        line("");
        line("### Confusion matrices (rows gold, columns predicted; all targets)");
        line("");
        for (StanceSection.Confusion confusion : stance.confusion()) {
            ConfusionMatrix matrix = confusion.matrix();
            line("**%s**", confusion.provider());
            line("");
            line("| gold \\ predicted | FAVOR | AGAINST | NONE |");
            line("|---|---|---|---|");
            for (StanceLabel gold : StanceLabel.values()) {
                line("| %s | %d | %d | %d |", gold, matrix.count(gold, StanceLabel.FAVOR),
                        matrix.count(gold, StanceLabel.AGAINST), matrix.count(gold, StanceLabel.NONE));
            }
            line("");
        }
        significance(stance.significance());
    }

    private void significance(SignificanceTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        line("### Significance: %s, paired approximate randomization", table.figureName());
        line("");
        if (table.fewUnits()) {
            line(FigureFormat.smallestAttainablePValue(table));
            line("");
        }
        line("Two-sided p-values, not corrected for multiple comparisons.");
        line("");
        line("| A | B | A value | B value | difference | p | shuffles |");
        line("|---|---|---|---|---|---|---|");
        for (SignificanceTable.Row test : table.rows()) {
            line("| %s | %s | %s | %s | %s | %s | %d |", test.providerA(), test.providerB(),
                    FigureFormat.score(test.valueA()), FigureFormat.score(test.valueB()),
                    FigureFormat.difference(test.difference()), FigureFormat.pValue(test.pValue()), test.shuffles());
        }
        line("");
    }

    private void errorLists() {
        line("## Errors behind the numbers");
        line("");
        line("The first %d per provider and task; " + ErrorsCsvWriter.FILE_NAME + ", beside this report, has them "
                + "all. INC = prediction on a gold mention with the wrong type or boundaries (both shown), MIS = gold "
                + "mention not found, SPU = prediction on no gold mention (the strict counts' categories).",
                ERRORS_PER_PROVIDER);
        line("");
        for (ErrorList list : model.errors()) {
            errorTable(list.provider() + ", " + ScoreKey.taskLabel(list.task()), list.errors());
        }
    }

    private void errorTable(String title, List<ErrorList.Entry> list) {
        line("### %s (%d errors)", title, list.size());
        line("");
        if (list.isEmpty()) {
            return;
        }
        line("| document | span | kind | gold | predicted | in context |");
        line("|---|---|---|---|---|---|");
        for (ErrorList.Entry error : list.subList(0, Math.min(ERRORS_PER_PROVIDER, list.size()))) {
            line("| %s | %d-%d | %s | %s | %s | %s |", error.docId(), error.start(), error.end(), error.kind(),
                    cell(error.expected()), cell(error.found()),
                    cell(error.before() + "**" + error.text() + "**" + error.after()));
        }
        line("");
        if (list.size() > ERRORS_PER_PROVIDER) {
            line("%d more in %s.", list.size() - ERRORS_PER_PROVIDER, ErrorsCsvWriter.FILE_NAME);
            line("");
        }
    }

    private void diagnostics() {
        line("## Diagnostics");
        line("");
        for (Diagnostic diagnostic : model.diagnostics()) {
            if (diagnostic instanceof Diagnostic.FailedDocument failed) {
                line("- %s: document %s failed: %s", failed.provider(), failed.docId(), failed.reason());
            } else if (diagnostic instanceof Diagnostic.DroppedLabels dropped) {
                line("- %s: labels dropped by its mapping: %s", dropped.provider(), dropped.counts().entrySet()
                        .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            } else if (diagnostic instanceof Diagnostic.Note note) {
                line("- %s: %s", note.provider(), note.text());
            }
        }
        if (model.diagnostics().isEmpty()) {
            line("Nothing to report.");
        }
        line("");
    }

    private void timing() {
        line("## Timing (varies between runs; everything above is deterministic)");
        line("");
        line("| provider | load s | fit s | annotate s | documents annotated | from cache | tokens/s |");
        line("|---|---|---|---|---|---|---|");
        for (TimingRow row : model.timings()) {
            var timing = row.timing();
            line("| %s | %s | %s | %s | %d | %d | %s |", row.provider(), FigureFormat.seconds(timing.loadMillis()),
                    FigureFormat.seconds(timing.fitMillis()), FigureFormat.seconds(timing.annotateMillis()),
                    timing.annotatedDocuments(), timing.cachedDocuments(), FigureFormat.tokensPerSecond(row));
        }
        line("");
    }

    private String entity(String provider, MatchSchema schema, ScoreScope scope, ScoreMetric metric) {
        return FigureFormat.figure(model.scores().find(provider, ScoreKey.entities(schema, scope, metric)));
    }

    private String stance(String provider, ScoreScope scope, ScoreMetric metric) {
        return FigureFormat.figure(model.scores().find(provider, ScoreKey.stance(scope, metric)));
    }

    /** Keeps a Markdown table cell on one line and its pipes literal. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line(String format, Object first, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = first;
        System.arraycopy(more, 0, args, 1, more.length);
        line(String.format(Locale.ROOT, format, args));
    }
}
