package org.newsbench.evaluation.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.PairedSignificance;
import org.newsbench.evaluation.scoring.ScoreRow;

/**
 * {@code report.md}: the summary, per-type, per-target and per-document tables, significance, errors with context,
 * diagnostics, and, last and apart, the timings (the only part that changes between identical runs).
 */
public final class MarkdownReportWriter {

    /** Errors listed per provider and task in Markdown; the HTML report lists them all. */
    static final int ERRORS_PER_PROVIDER = 25;

    private final EvaluationResult result;
    private final ErrorListBuilder errors;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReportWriter(EvaluationResult result) {
        this.result = result;
        this.errors = new ErrorListBuilder(result);
    }

    public static String render(EvaluationResult result) {
        return new MarkdownReportWriter(result).build();
    }

    private String build() {
        line("# Accuracy report");
        line("");
        corpus();
        providers();
        entities();
        stance();
        errorLists();
        diagnostics();
        timing();
        return out.toString();
    }

    private void corpus() {
        var gold = result.gold();
        long sentences = result.gold().stances().stream().map(s -> SentenceKey.of(s.instance())).distinct().count();
        long tokens = gold.documents().stream().mapToLong(d -> org.newsbench.evaluation.run.ProviderRunner
                .countTokens(d.text())).sum();
        line("Corpus: %d documents, %d whitespace tokens; gold: %d entity mentions (%s), %d sentences × %d targets (%s).",
                gold.documents().size(), tokens, gold.entities().size(),
                gold.entityTypes().stream().map(type -> type + " " + gold.entities().stream()
                        .filter(m -> m.type().equals(type)).count()).collect(Collectors.joining(", ")),
                sentences, gold.targets().size(),
                gold.targets().stream().map(StanceTarget::id).collect(Collectors.joining(", ")));
        line("");
        var statistics = result.statistics();
        line("Protocol: pretrained providers annotate every document; trainable providers are scored by %s "
                        + "cross-validation over documents (the same folds for every provider), their held-out "
                        + "predictions pooled and scored like any others.",
                result.crossValidationDescription());
        line("Entity matching: %s (METRICS.md §1.3).", statistics.entityMatching().label());
        line("Statistics: %d %% percentile bootstrap intervals (%d resamples of documents for entities, of sentences "
                        + "for stance; seed %d); paired approximate randomization tests (%d shuffles, same seed). "
                        + "Definitions: evaluation/METRICS.md.",
                Math.round(statistics.confidenceLevel() * 100), statistics.bootstrapResamples(), statistics.seed(),
                statistics.randomizationShuffles());
        line("");
    }


    private void providers() {
        line("## Providers");
        line("");
        line("| provider | library | tasks | protocol | status | note |");
        line("|---|---|---|---|---|---|");
        for (ProviderRun run : result.runs()) {
            var provider = run.provider();
            line("| %s | %s | %s | %s | %s | %s |", provider.id(), provider.libraryWithVersion(),
                    provider.tasks().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted()
                            .collect(Collectors.joining(", ")),
                    run.protocolDescription(), run.status().name().toLowerCase(Locale.ROOT), cell(run.reason()));
        }
        line("");
    }


    private void entities() {
        if (result.entityCounts().isEmpty()) {
            return;
        }
        line("## Entities");
        line("");
        line("Micro-averaged over all mentions; `strict` = exact span and type (conlleval), `exact` = exact span, "
                + "`partial` = overlapping span (half credit), `type` = overlapping span and the right type.");
        line("");
        line("| provider | protocol | strict P | strict R | strict F1 [95 %% CI] | exact F1 | partial F1 | type F1 | "
                + "strict macro-F1 |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (String provider : result.entityCounts().keySet()) {
            line("| %s | %s | %s | %s | %s | %s | %s | %s | %s |", provider, runOf(provider).protocolDescription(),
                    figure(provider, "entities", "strict", "micro", "precision"),
                    figure(provider, "entities", "strict", "micro", "recall"),
                    figure(provider, "entities", "strict", "micro", "f1"),
                    figure(provider, "entities", "exact", "micro", "f1"),
                    figure(provider, "entities", "partial", "micro", "f1"),
                    figure(provider, "entities", "type", "micro", "f1"),
                    figure(provider, "entities", "strict", "macro", "f1"));
        }
        line("");
        line("### Strict F1 per type");
        line("");
        List<String> types = List.copyOf(result.gold().entityTypes());
        line("| provider | " + String.join(" | ", types) + " |");
        line("|---|" + "---|".repeat(types.size()));
        for (String provider : result.entityCounts().keySet()) {
            StringBuilder row = new StringBuilder("| " + provider + " |");
            for (String type : types) {
                row.append(' ').append(figure(provider, "entities", "strict", type, "f1")).append(" |");
            }
            line(row.toString());
        }
        line("");
        line("### Counts per schema");
        line("");
        line("| provider | schema | COR | INC | PAR | MIS | SPU | P | R | F1 |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, SortedMap<String, EntityDocumentCounts>> provider : result.entityCounts().entrySet()) {
            EntityDocumentCounts total = total(provider.getValue());
            for (MatchSchema schema : MatchSchema.values()) {
                EntityCounts counts = total.overall(schema);
                line("| %s | %s | %d | %d | %d | %d | %d | %s | %s | %s |", provider.getKey(), schemaName(schema),
                        counts.cor(), counts.inc(), counts.par(), counts.mis(), counts.spu(),
                        FigureFormat.score(counts.precision(schema)), FigureFormat.score(counts.recall(schema)),
                        FigureFormat.score(counts.f1(schema)));
            }
        }
        line("");
        line("### Strict F1 per document");
        line("");
        List<String> documents = result.gold().documents().stream().map(d -> d.id()).toList();
        line("| provider | " + String.join(" | ", documents) + " |");
        line("|---|" + "---|".repeat(documents.size()));
        for (Map.Entry<String, SortedMap<String, EntityDocumentCounts>> provider : result.entityCounts().entrySet()) {
            StringBuilder row = new StringBuilder("| " + provider.getKey() + " |");
            for (String document : documents) {
                EntityDocumentCounts counts = provider.getValue().get(document);
                row.append(' ').append(counts == null ? "failed" : FigureFormat.score(counts.microF1(MatchSchema.STRICT)))
                        .append(" |");
            }
            line(row.toString());
        }
        line("");
        significance("entities", "Strict micro-F1");
    }

    private void stance() {
        if (result.stanceCounts().isEmpty()) {
            return;
        }
        line("## Stance");
        line("");
        line("`F_avg` = (F1 FAVOR + F1 AGAINST) / 2 over all targets pooled (SemEval-2016 Task 6); macro-F1 over the "
                + "three labels; kappa = Cohen's kappa against gold.");
        line("");
        line("| provider | protocol | accuracy [95 %% CI] | F_avg [95 %% CI] | macro-F1 | kappa |");
        line("|---|---|---|---|---|---|");
        for (String provider : result.stanceCounts().keySet()) {
            line("| %s | %s | %s | %s | %s | %s |", provider, runOf(provider).protocolDescription(),
                    figure(provider, "stance", "-", "all", "accuracy"), figure(provider, "stance", "-", "all", "f_avg"),
                    figure(provider, "stance", "-", "all", "macro_f1"), figure(provider, "stance", "-", "all", "kappa"));
        }
        line("");
        line("### F_avg and accuracy per target");
        line("");
        List<String> targets = result.gold().targets().stream().map(StanceTarget::id).toList();
        line("| provider | " + targets.stream().map(t -> t + " F_avg | " + t + " acc").collect(Collectors.joining(" | "))
                + " |");
        line("|---|" + "---|---|".repeat(targets.size()));
        for (String provider : result.stanceCounts().keySet()) {
            StringBuilder row = new StringBuilder("| " + provider + " |");
            for (String target : targets) {
                row.append(' ').append(figure(provider, "stance", "-", "target:" + target, "f_avg")).append(" | ")
                        .append(figure(provider, "stance", "-", "target:" + target, "accuracy")).append(" |");
            }
            line(row.toString());
        }
        line("");
        line("### Confusion matrices (rows gold, columns predicted; all targets)");
        line("");
        for (Map.Entry<String, SortedMap<SentenceKey, StanceCounts>> provider : result.stanceCounts().entrySet()) {
            ConfusionMatrix matrix = provider.getValue().values().stream().reduce(StanceCounts.EMPTY, StanceCounts::plus)
                    .overall();
            line("**%s**", provider.getKey());
            line("");
            line("| gold \\ predicted | FAVOR | AGAINST | NONE |");
            line("|---|---|---|---|");
            for (StanceLabel gold : StanceLabel.values()) {
                line("| %s | %d | %d | %d |", gold, matrix.count(gold, StanceLabel.FAVOR),
                        matrix.count(gold, StanceLabel.AGAINST), matrix.count(gold, StanceLabel.NONE));
            }
            line("");
        }
        significance("stance", "F_avg");
    }

    private void significance(String task, String metricName) {
        List<PairedSignificance> tests = result.significance().stream().filter(t -> t.task().equals(task)).toList();
        if (tests.isEmpty()) {
            return;
        }
        line("### Significance: %s, paired approximate randomization", metricName);
        line("");
        int units = task.equals("entities") ? result.gold().documents().size()
                : (int) result.gold().stances().stream().map(s -> SentenceKey.of(s.instance())).distinct().count();
        if (units < 20) {
            // Only 2^n distinct swaps of n paired units exist, and the observed one and its mirror tie.
            line("With %d paired units (%s) there are only 2^%d distinct swaps, so no p-value can fall below "
                    + "about %s whatever the difference.", units, task.equals("entities") ? "documents" : "sentences",
                    units, FigureFormat.pValue(2.0 / Math.pow(2, units)));
            line("");
        }
        line("| A | B | A | B | p |");
        line("|---|---|---|---|---|");
        for (PairedSignificance test : tests) {
            line("| %s | %s | %s | %s | %s |", test.providerA(), test.providerB(), FigureFormat.score(test.valueA()),
                    FigureFormat.score(test.valueB()), FigureFormat.pValue(test.pValue()));
        }
        line("");
    }

    private void errorLists() {
        line("## Errors behind the numbers");
        line("");
        line("The first %d per provider and task; report.html and predictions/<provider>/ have them all. "
                + "INC = prediction on a gold mention with the wrong type or boundaries (both shown), MIS = gold mention "
                + "not found, SPU = prediction on no gold mention (the strict counts' categories).",
                ERRORS_PER_PROVIDER);
        line("");
        for (ProviderRun run : result.runs()) {
            if (!run.ran()) {
                continue;
            }
            if (result.entityCounts().containsKey(run.provider().id())) {
                List<ErrorExample> list = errors.entityErrors(run.provider().id());
                errorTable(run.provider().id() + ", entities", list);
            }
            if (result.stanceCounts().containsKey(run.provider().id())) {
                List<ErrorExample> list = errors.stanceErrors(run.provider().id(), run.stances());
                errorTable(run.provider().id() + ", stance", list);
            }
        }
    }

    private void errorTable(String title, List<ErrorExample> list) {
        line("### %s (%d errors)", title, list.size());
        line("");
        if (list.isEmpty()) {
            return;
        }
        line("| document | span | kind | gold | predicted | in context |");
        line("|---|---|---|---|---|---|");
        for (ErrorExample error : list.subList(0, Math.min(ERRORS_PER_PROVIDER, list.size()))) {
            line("| %s | %d-%d | %s | %s | %s | %s |", error.docId(), error.start(), error.end(), error.kind(),
                    cell(error.expected()), cell(error.found()),
                    cell(error.before() + "**" + error.text() + "**" + error.after()));
        }
        line("");
    }

    private void diagnostics() {
        line("## Diagnostics");
        line("");
        boolean any = false;
        for (ProviderRun run : result.runs()) {
            var diagnostics = run.diagnostics();
            if (!run.failedDocuments().isEmpty()) {
                any = true;
                run.failedDocuments().forEach((doc, reason) -> line("- %s: document %s failed: %s", run.provider().id(),
                        doc, reason));
            }
            if (!diagnostics.droppedLabels().isEmpty()) {
                any = true;
                line("- %s: labels dropped by its mapping: %s", run.provider().id(), diagnostics.droppedLabels()
                        .entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
            for (String note : diagnostics.notes()) {
                any = true;
                line("- %s: %s", run.provider().id(), note);
            }
        }
        if (!any) {
            line("Nothing to report.");
        }
        line("");
    }

    private void timing() {
        line("## Timing (varies between runs; everything above is deterministic)");
        line("");
        line("| provider | load s | fit s | annotate s | documents annotated | from cache | tokens/s |");
        line("|---|---|---|---|---|---|---|");
        for (ProviderRun run : result.runs()) {
            if (!run.ran()) {
                continue;
            }
            var timing = run.timing();
            line("| %s | %s | %s | %s | %d | %d | %s |", run.provider().id(), FigureFormat.seconds(timing.loadMillis()),
                    FigureFormat.seconds(timing.fitMillis()), FigureFormat.seconds(timing.annotateMillis()),
                    timing.annotatedDocuments(), timing.cachedDocuments(),
                    timing.annotatedDocuments() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", timing.tokensPerSecond()));
        }
        line("");
    }

    private ProviderRun runOf(String provider) {
        return result.run(provider).orElseThrow();
    }

    private String figure(String backend, String task, String schema, String scope, String metric) {
        return result.row(backend, task, schema, scope, metric).map(FigureFormat::withInterval).orElse("-");
    }

    static EntityDocumentCounts total(SortedMap<String, EntityDocumentCounts> perDocument) {
        return perDocument.values().stream().reduce(EntityDocumentCounts.EMPTY, EntityDocumentCounts::plus);
    }

    static String schemaName(MatchSchema schema) {
        return schema.name().toLowerCase(Locale.ROOT);
    }

    /** Keeps a Markdown table cell on one line and its pipes literal. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ");
    }

    private void line(String format, Object... args) {
        out.append(args.length == 0 ? format.replace("%%", "%") : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
