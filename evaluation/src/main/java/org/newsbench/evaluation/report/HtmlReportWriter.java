package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.newsbench.api.Document;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunTiming;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.PairedSignificance;
import org.newsbench.evaluation.scoring.ScoreRow;

/**
 * {@code report.html}: one self-contained page (no external resources: embedded CSS, inline SVG charts, no script)
 * with the content of {@code report.md} plus charts, confusion-matrix heat maps and every error, not only the first
 * few. Deterministic: the same {@link EvaluationResult} gives the same bytes; only the last section, the timings,
 * changes between otherwise identical runs.
 *
 * <p>Every text that comes from the corpus, the gold, the predictions or the providers goes through {@link #escape}.
 */
public final class HtmlReportWriter {

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#999999", "#F0E442");

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;\
            max-width:1280px;padding:0 24px 48px;color:#1b1b1b;line-height:1.45;font-size:15px}
            h1{margin-top:24px}h2{border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:40px}
            h3{margin-top:28px}
            nav{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 14px}
            nav a{margin-right:14px}
            table{border-collapse:collapse;margin:10px 0 18px;font-size:14px}
            th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top}
            th{background:#f6f8fa;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tbody tr:nth-child(even) td{background-color:#fbfcfd}
            tbody tr:nth-child(even) td.shade{background-color:transparent}
            .note{color:#57606a;font-size:13px}
            .status-ran{color:#1a7f37;font-weight:600}.status-unavailable{color:#9a6700;font-weight:600}
            .status-failed{color:#cf222e;font-weight:600}
            .charts{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
            figure{margin:8px 0 18px}figcaption{font-size:13px;color:#57606a;max-width:760px}
            svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            details{margin:6px 0 10px;border:1px solid #d0d7de;border-radius:6px;padding:4px 10px}
            summary{cursor:pointer;font-weight:600}
            td.context{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;max-width:640px}
            mark{background:#ffd54f;padding:0 1px;border-radius:2px}
            mark.sentence{background:#fff6d5}
            td.label{white-space:nowrap}
            .kind{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600}
            .p-sig{font-weight:700}
            section.timing{margin-top:48px;border-top:4px double #8c959f;background:#f6f8fa;padding:4px 16px 12px}
            """;

    private final EvaluationResult result;
    private final ErrorListBuilder errors;
    private final List<String> providerColours = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private int figureCounter;

    private HtmlReportWriter(EvaluationResult result) {
        this.result = result;
        this.errors = new ErrorListBuilder(result);
        for (int i = 0; i < result.runs().size(); i++) {
            providerColours.add(PALETTE.get(i % PALETTE.size()));
        }
    }

    public static String render(EvaluationResult result) {
        return new HtmlReportWriter(result).build();
    }

    private String build() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Accuracy report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>Accuracy report</h1>\n");
        navigation();
        corpus();
        providers();
        entities();
        stance();
        errorLists();
        diagnostics();
        timing();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------------- sections

    private void navigation() {
        out.append("<nav>");
        out.append("<a href=\"#providers\">Providers</a>");
        if (!result.entityCounts().isEmpty()) {
            out.append("<a href=\"#entities\">Entities</a>");
        }
        if (!result.stanceCounts().isEmpty()) {
            out.append("<a href=\"#stance\">Stance</a>");
        }
        out.append("<a href=\"#errors\">Errors</a><a href=\"#diagnostics\">Diagnostics</a>")
                .append("<a href=\"#timing\">Timing</a></nav>\n");
    }

    private void corpus() {
        var gold = result.gold();
        long sentences = gold.stances().stream().map(s -> SentenceKey.of(s.instance())).distinct().count();
        long tokens = gold.documents().stream().mapToLong(d -> ProviderRunner.countTokens(d.text())).sum();
        String types = gold.entityTypes().stream().map(type -> escape(type) + " " + gold.entities().stream()
                .filter(m -> m.type().equals(type)).count()).collect(Collectors.joining(", "));
        String targets = gold.targets().stream().map(t -> escape(t.id())).collect(Collectors.joining(", "));
        out.append(String.format(Locale.ROOT, "<p><strong>Corpus:</strong> %d documents, %d whitespace tokens; "
                        + "gold: %d entity mentions (%s), %d sentences &times; %d targets (%s).</p>\n",
                gold.documents().size(), tokens, gold.entities().size(), types, sentences, gold.targets().size(),
                targets));
        var statistics = result.statistics();
        out.append("<p><strong>Protocol:</strong> pretrained providers annotate every document; trainable providers are "
                + "scored by ").append(escape(result.crossValidationDescription())).append(" cross-validation over documents (the same "
                + "folds for every provider), their held-out predictions pooled and scored like any others.</p>\n");
        out.append(String.format(Locale.ROOT, "<p><strong>Statistics:</strong> %d %% percentile bootstrap intervals "
                        + "(%d resamples of documents for entities, of sentences for stance; seed %d); paired "
                        + "approximate randomization tests (%d shuffles, same seed). Definitions: "
                        + "<code>evaluation/METRICS.md</code>.</p>\n",
                Math.round(statistics.confidenceLevel() * 100), statistics.bootstrapResamples(), statistics.seed(),
                statistics.randomizationShuffles()));
    }


    private void providers() {
        out.append("<h2 id=\"providers\">Providers</h2>\n<table>\n<thead><tr><th>provider</th><th>description</th>"
                + "<th>library</th><th>tasks</th><th>protocol</th><th>status</th><th>reason / note</th></tr></thead>\n"
                + "<tbody>\n");
        for (ProviderRun run : result.runs()) {
            var provider = run.provider();
            String status = run.status().name().toLowerCase(Locale.ROOT);
            out.append("<tr><td><strong>").append(escape(provider.id())).append("</strong></td><td>")
                    .append(escape(nullToEmpty(provider.description()))).append("</td><td>")
                    .append(escape(nullToEmpty(provider.libraryWithVersion())))
                    .append("</td><td>")
                    .append(escape(provider.tasks().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted()
                            .collect(Collectors.joining(", "))))
                    .append("</td><td>").append(escape(run.protocolDescription())).append("</td><td class=\"status-")
                    .append(status).append("\">").append(status).append("</td><td>")
                    .append(escape(nullToEmpty(run.reason()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }


    private void entities() {
        if (result.entityCounts().isEmpty()) {
            return;
        }
        List<String> providers = List.copyOf(result.entityCounts().keySet());
        out.append("<h2 id=\"entities\">Entities</h2>\n");
        out.append("<p>Micro-averaged over all mentions; <code>strict</code> = exact span and type (conlleval), "
                + "<code>exact</code> = exact span, <code>partial</code> = overlapping span (half credit), "
                + "<code>type</code> = overlapping span and the right type. Brackets: 95 % bootstrap interval.</p>\n");
        out.append("<table>\n<thead><tr><th>provider</th><th>protocol</th><th>strict P</th><th>strict R</th>"
                + "<th>strict F1 [95 % CI]</th><th>exact F1</th><th>partial F1</th><th>type F1</th>"
                + "<th>strict macro-F1</th></tr></thead>\n<tbody>\n");
        for (String provider : providers) {
            out.append("<tr><td>").append(escape(provider)).append("</td><td>").append(escape(protocolOf(provider)))
                    .append("</td>");
            numberCell(figure(provider, "entities", "strict", "micro", "precision"));
            numberCell(figure(provider, "entities", "strict", "micro", "recall"));
            numberCell("<strong>" + figure(provider, "entities", "strict", "micro", "f1") + "</strong>");
            numberCell(figure(provider, "entities", "exact", "micro", "f1"));
            numberCell(figure(provider, "entities", "partial", "micro", "f1"));
            numberCell(figure(provider, "entities", "type", "micro", "f1"));
            numberCell(figure(provider, "entities", "strict", "macro", "f1"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<div class=\"charts\">\n");
        barChart("Entity F1 per provider (micro)",
                "micro F1 (0 to 1); whiskers: 95 % bootstrap interval",
                providers,
                List.of(new Series("strict", PALETTE.get(0)), new Series("partial", PALETTE.get(1))),
                (c, s) -> row(providers.get(c), "entities", s == 0 ? "strict" : "partial", "micro", "f1"),
                "Strict (exact span and type) and partial (overlap, half credit) micro F1 of every provider, "
                        + "with 95 % bootstrap intervals.");
        List<String> types = List.copyOf(result.gold().entityTypes());
        if (!types.isEmpty()) {
            List<Series> series = new ArrayList<>();
            for (String provider : providers) {
                series.add(new Series(provider, colourOf(provider)));
            }
            barChart("Strict F1 per entity type", "strict F1 (0 to 1); whiskers: 95 % bootstrap interval",
                    types, series,
                    (c, s) -> row(providers.get(s), "entities", "strict", types.get(c), "f1"),
                    "Strict F1 of each gold entity type, one bar per provider.");
        }
        out.append("</div>\n");

        out.append("<h3>Strict F1 per type</h3>\n<table>\n<thead><tr><th>provider</th>");
        for (String type : types) {
            out.append("<th>").append(escape(type)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String provider : providers) {
            out.append("<tr><td>").append(escape(provider)).append("</td>");
            for (String type : types) {
                Optional<ScoreRow> row = row(provider, "entities", "strict", type, "f1");
                shadedCell(row.map(FigureFormat::withInterval).orElse("-"), row.map(ScoreRow::value).orElse(Double.NaN));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h3>Counts per schema</h3>\n<p class=\"note\">COR correct, INC incorrect, PAR partial, MIS missed, "
                + "SPU spurious (MUC-style categories, as in nervaluate).</p>\n<table>\n<thead><tr><th>provider</th>"
                + "<th>schema</th><th>COR</th><th>INC</th><th>PAR</th><th>MIS</th><th>SPU</th><th>P</th><th>R</th>"
                + "<th>F1</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, SortedMap<String, EntityDocumentCounts>> provider : result.entityCounts().entrySet()) {
            EntityDocumentCounts total = MarkdownReportWriter.total(provider.getValue());
            for (MatchSchema schema : MatchSchema.values()) {
                EntityCounts counts = total.overall(schema);
                out.append("<tr><td>").append(escape(provider.getKey())).append("</td><td>")
                        .append(MarkdownReportWriter.schemaName(schema)).append("</td>");
                numberCell(String.valueOf(counts.cor()));
                numberCell(String.valueOf(counts.inc()));
                numberCell(String.valueOf(counts.par()));
                numberCell(String.valueOf(counts.mis()));
                numberCell(String.valueOf(counts.spu()));
                numberCell(FigureFormat.score(counts.precision(schema)));
                numberCell(FigureFormat.score(counts.recall(schema)));
                numberCell(FigureFormat.score(counts.f1(schema)));
                out.append("</tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h3>Strict F1 per document</h3>\n<table>\n<thead><tr><th>document</th><th>gold mentions</th>");
        for (String provider : providers) {
            out.append("<th>").append(escape(provider)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Document document : result.gold().documents()) {
            out.append("<tr><td>").append(escape(document.id())).append("</td>");
            numberCell(String.valueOf(result.gold().entitiesOf(document.id()).size()));
            for (String provider : providers) {
                EntityDocumentCounts counts = result.entityCounts().get(provider).get(document.id());
                if (counts == null || failed(provider, document.id())) {
                    out.append("<td class=\"num status-failed\">failed</td>");
                } else {
                    double f1 = counts.microF1(MatchSchema.STRICT);
                    shadedCell(FigureFormat.score(f1), f1);
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        significance("entities", "Strict micro-F1");
    }

    private void stance() {
        if (result.stanceCounts().isEmpty()) {
            return;
        }
        List<String> providers = List.copyOf(result.stanceCounts().keySet());
        out.append("<h2 id=\"stance\">Stance</h2>\n");
        out.append("<p><code>F_avg</code> = (F1 FAVOR + F1 AGAINST) / 2 over all targets pooled (SemEval-2016 Task 6); "
                + "macro-F1 over the three labels; kappa = Cohen's kappa against gold. Brackets: 95 % bootstrap "
                + "interval.</p>\n");
        out.append("<table>\n<thead><tr><th>provider</th><th>protocol</th><th>accuracy [95 % CI]</th>"
                + "<th>F_avg [95 % CI]</th><th>macro-F1</th><th>kappa</th></tr></thead>\n<tbody>\n");
        for (String provider : providers) {
            out.append("<tr><td>").append(escape(provider)).append("</td><td>").append(escape(protocolOf(provider)))
                    .append("</td>");
            numberCell(figure(provider, "stance", "-", "all", "accuracy"));
            numberCell("<strong>" + figure(provider, "stance", "-", "all", "f_avg") + "</strong>");
            numberCell(figure(provider, "stance", "-", "all", "macro_f1"));
            numberCell(figure(provider, "stance", "-", "all", "kappa"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<div class=\"charts\">\n");
        barChart("Stance F_avg and accuracy per provider", "score (0 to 1); whiskers: 95 % bootstrap interval",
                providers,
                List.of(new Series("F_avg", PALETTE.get(0)), new Series("accuracy", PALETTE.get(2))),
                (c, s) -> row(providers.get(c), "stance", "-", "all", s == 0 ? "f_avg" : "accuracy"),
                "SemEval F_avg (FAVOR and AGAINST only) and accuracy over all targets, with 95 % bootstrap "
                        + "intervals. A majority-NONE baseline can have a high accuracy and an F_avg of 0.");
        out.append("</div>\n");

        List<String> targets = result.gold().targets().stream().map(StanceTarget::id).toList();
        out.append("<h3>F_avg and accuracy per target</h3>\n<table>\n<thead><tr><th rowspan=\"2\">provider</th>");
        for (String target : targets) {
            out.append("<th colspan=\"2\">").append(escape(target)).append("</th>");
        }
        out.append("</tr><tr>");
        for (int i = 0; i < targets.size(); i++) {
            out.append("<th>F_avg</th><th>accuracy</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String provider : providers) {
            out.append("<tr><td>").append(escape(provider)).append("</td>");
            for (String target : targets) {
                Optional<ScoreRow> fAvg = row(provider, "stance", "-", "target:" + target, "f_avg");
                Optional<ScoreRow> accuracy = row(provider, "stance", "-", "target:" + target, "accuracy");
                shadedCell(fAvg.map(FigureFormat::withInterval).orElse("-"), fAvg.map(ScoreRow::value)
                        .orElse(Double.NaN));
                shadedCell(accuracy.map(FigureFormat::withInterval).orElse("-"), accuracy.map(ScoreRow::value)
                        .orElse(Double.NaN));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h3>Confusion matrices (rows gold, columns predicted; all targets)</h3>\n");
        out.append("<p class=\"note\">Each cell gives the count and its share of the gold row; the shade is that "
                + "share (white 0, dark blue 1), so the diagonal is dark for a good provider.</p>\n");
        out.append("<div class=\"charts\">\n");
        for (Map.Entry<String, SortedMap<SentenceKey, StanceCounts>> provider : result.stanceCounts().entrySet()) {
            ConfusionMatrix matrix = provider.getValue().values().stream().reduce(StanceCounts.EMPTY, StanceCounts::plus)
                    .overall();
            heatMap(provider.getKey(), matrix);
        }
        out.append("</div>\n");
        significance("stance", "F_avg");
    }

    private void significance(String task, String metricName) {
        List<PairedSignificance> tests = result.significance().stream().filter(t -> t.task().equals(task)).toList();
        if (tests.isEmpty()) {
            return;
        }
        out.append("<h3>Significance: ").append(escape(metricName)).append(", paired approximate randomization</h3>\n");
        out.append("<p class=\"note\">Two-sided p-values; bold where p &lt; 0.05. Not corrected for multiple "
                + "comparisons.</p>\n");
        out.append("<table>\n<thead><tr><th>A</th><th>B</th><th>A value</th><th>B value</th><th>difference</th>"
                + "<th>p</th><th>shuffles</th></tr></thead>\n<tbody>\n");
        for (PairedSignificance test : tests) {
            out.append("<tr><td>").append(escape(test.providerA())).append("</td><td>")
                    .append(escape(test.providerB())).append("</td>");
            numberCell(FigureFormat.score(test.valueA()));
            numberCell(FigureFormat.score(test.valueB()));
            numberCell(String.format(Locale.ROOT, "%+.3f", test.valueA() - test.valueB()));
            String p = escape(FigureFormat.pValue(test.pValue()));
            numberCell(test.pValue() < 0.05 ? "<span class=\"p-sig\">" + p + "</span>" : p);
            numberCell(String.valueOf(test.shuffles()));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void errorLists() {
        out.append("<h2 id=\"errors\">Errors behind the numbers</h2>\n");
        out.append("<p>Every error of every provider and task (open a block to see its table). Entities as the strict "
                + "counts name them: <span class=\"kind\">INC</span> = prediction on a gold mention with the wrong "
                + "type or boundaries (both sides shown), <span class=\"kind\">MIS</span> = gold mention not found, "
                + "<span class=\"kind\">SPU</span> = prediction on no gold mention; "
                + "<span class=\"kind\">STANCE</span> = wrong stance label for the sentence. Spans are code-point "
                + "offsets, end exclusive; the erroneous text is <mark>highlighted</mark>.</p>\n");
        for (ProviderRun run : result.runs()) {
            if (!run.ran()) {
                continue;
            }
            String id = run.provider().id();
            if (result.entityCounts().containsKey(id)) {
                errorTable(id, "entities", errors.entityErrors(id));
            }
            if (result.stanceCounts().containsKey(id)) {
                errorTable(id, "stance", errors.stanceErrors(id, run.stances()));
            }
        }
    }

    private void errorTable(String provider, String task, List<ErrorExample> list) {
        out.append("<details><summary>").append(escape(provider)).append(", ").append(task).append(" (")
                .append(list.size()).append(list.size() == 1 ? " error" : " errors").append(")</summary>\n");
        if (list.isEmpty()) {
            out.append("<p>No errors.</p>\n</details>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>#</th><th>document</th><th>span</th><th>kind</th><th>gold</th>"
                + "<th>predicted</th><th>in context</th></tr></thead>\n<tbody>\n");
        int number = 0;
        for (ErrorExample error : list) {
            number++;
            out.append("<tr class=\"error\"><td class=\"num\">").append(number).append("</td><td>")
                    .append(escape(error.docId())).append("</td><td class=\"num\">").append(error.start())
                    .append("&ndash;").append(error.end()).append("</td><td class=\"kind\">")
                    .append(escape(error.kind())).append("</td><td class=\"label\">").append(escape(error.expected()))
                    .append("</td><td class=\"label\">").append(escape(error.found()))
                    .append("</td><td class=\"context\">").append(escape(error.before()))
                    .append(error.kind().equals("STANCE") ? "<mark class=\"sentence\">" : "<mark>")
                    .append(escape(error.text())).append("</mark>")
                    .append(escape(error.after())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    private void diagnostics() {
        out.append("<h2 id=\"diagnostics\">Diagnostics</h2>\n");
        List<String> items = new ArrayList<>();
        for (ProviderRun run : result.runs()) {
            String id = escape(run.provider().id());
            run.failedDocuments().forEach((doc, reason) -> items.add("<strong>" + id + "</strong>: document "
                    + escape(doc) + " failed: " + escape(nullToEmpty(reason))));
            var diagnostics = run.diagnostics();
            if (!diagnostics.droppedLabels().isEmpty()) {
                items.add("<strong>" + id + "</strong>: labels dropped by its mapping: " + diagnostics.droppedLabels()
                        .entrySet().stream().map(e -> escape(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
            for (String note : diagnostics.notes()) {
                items.add("<strong>" + id + "</strong>: " + escape(note));
            }
        }
        if (items.isEmpty()) {
            out.append("<p>Nothing to report.</p>\n");
            return;
        }
        out.append("<ul>\n");
        items.forEach(item -> out.append("<li>").append(item).append("</li>\n"));
        out.append("</ul>\n");
    }

    private void timing() {
        out.append("<section class=\"timing\">\n<h2 id=\"timing\">Timing (varies between runs)</h2>\n");
        out.append("<p class=\"note\">Everything above this section is deterministic for the same corpus, providers "
                + "and settings; the timings below are not.</p>\n");
        out.append("<table>\n<thead><tr><th>provider</th><th>load s</th><th>fit s</th><th>annotate s</th>"
                + "<th>documents annotated</th><th>from cache</th><th>tokens/s</th></tr></thead>\n<tbody>\n");
        for (ProviderRun run : result.runs()) {
            if (!run.ran()) {
                continue;
            }
            RunTiming timing = run.timing();
            out.append("<tr><td>").append(escape(run.provider().id())).append("</td>");
            numberCell(FigureFormat.seconds(timing.loadMillis()));
            numberCell(FigureFormat.seconds(timing.fitMillis()));
            numberCell(FigureFormat.seconds(timing.annotateMillis()));
            numberCell(String.valueOf(timing.annotatedDocuments()));
            numberCell(String.valueOf(timing.cachedDocuments()));
            numberCell(timing.annotatedDocuments() == 0 ? "-"
                    : String.format(Locale.ROOT, "%.0f", timing.tokensPerSecond()));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    // ------------------------------------------------------------------------------------------------------ charts

    private record Series(String name, String colour) {
    }

    @FunctionalInterface
    private interface ChartValues {
        Optional<ScoreRow> at(int category, int series);
    }

    /**
     * A horizontal grouped bar chart on a fixed 0..1 scale: one group per category, one bar per series, whiskers for
     * the interval where the row has one.
     */
    private void barChart(String title, String axisLabel, List<String> categories, List<Series> series,
                          ChartValues values, String caption) {
        String id = "fig" + (++figureCounter);
        int longest = categories.stream().mapToInt(c -> Math.min(c.length(), 32)).max().orElse(4);
        double left = Math.max(90, Math.min(260, longest * 7.2 + 16));
        double plotWidth = 560;
        double right = 120;
        double barHeight = 15;
        double barGap = 2;
        double groupGap = 12;
        boolean legend = !series.isEmpty();
        int legendRows = legend ? legendRows(series, left + plotWidth + right - 10) : 0;
        double top = 34 + legendRows * 18 + 6;
        double groupHeight = series.size() * barHeight + (series.size() - 1) * barGap + groupGap;
        double plotHeight = Math.max(1, categories.size()) * groupHeight;
        double bottom = 48;
        double width = left + plotWidth + right;
        double height = top + plotHeight + bottom;

        out.append("<figure>\n");
        out.append("<svg width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(caption)).append("</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        text(10, 20, "start", "font-size=\"15\" font-weight=\"700\"", escape(title));

        if (legend) {
            double x = 10;
            double y = 34;
            for (Series s : series) {
                double itemWidth = 22 + Math.min(s.name().length(), 32) * 7.2 + 16;
                if (x + itemWidth > width - 10 && x > 10) {
                    x = 10;
                    y += 18;
                }
                out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 10))
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(s.colour()).append("\"/>");
                text(x + 17, y, "start", "font-size=\"12\"", escape(shorten(s.name())));
                x += itemWidth;
            }
        }

        // grid, ticks and axis
        double axisY = top + plotHeight;
        for (int tick = 0; tick <= 10; tick++) {
            double x = left + tick / 10.0 * plotWidth;
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(top)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(axisY)).append("\" stroke=\"")
                    .append(tick == 0 ? "#57606a" : "#e1e4e8").append("\" stroke-width=\"1\"/>");
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(axisY + 5)).append("\" stroke=\"#57606a\"/>");
            text(x, axisY + 18, "middle", "font-size=\"11\" fill=\"#57606a\"",
                    String.format(Locale.ROOT, "%.1f", tick / 10.0));
        }
        out.append('\n');
        out.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
                .append(num(left + plotWidth)).append("\" y2=\"").append(num(axisY))
                .append("\" stroke=\"#57606a\"/>\n");
        text(left + plotWidth / 2, axisY + 38, "middle", "font-size=\"12\" fill=\"#24292f\"", escape(axisLabel));

        for (int c = 0; c < categories.size(); c++) {
            double groupTop = top + c * groupHeight + groupGap / 2;
            double groupMiddle = groupTop + (groupHeight - groupGap) / 2;
            out.append("<g>");
            out.append("<text x=\"").append(num(left - 8)).append("\" y=\"").append(num(groupMiddle))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\"><title>")
                    .append(escape(categories.get(c))).append("</title>").append(escape(shorten(categories.get(c))))
                    .append("</text>");
            for (int s = 0; s < series.size(); s++) {
                double y = groupTop + s * (barHeight + barGap);
                double middle = y + barHeight / 2;
                Optional<ScoreRow> row = values.at(c, s);
                String label = categories.get(c) + " \u2014 " + series.get(s).name() + ": "
                        + row.map(FigureFormat::withInterval).orElse("not computed");
                if (row.isEmpty() || Double.isNaN(row.get().value())) {
                    text(left + 4, middle + 4, "start", "font-size=\"11\" fill=\"#57606a\"", "n/a");
                    continue;
                }
                ScoreRow value = row.get();
                double barEnd = left + clamp(value.value()) * plotWidth;
                out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(Math.max(0.5, barEnd - left))).append("\" height=\"").append(num(barHeight))
                        .append("\" fill=\"").append(series.get(s).colour()).append("\"><title>")
                        .append(escape(label)).append("</title></rect>");
                double labelX = barEnd;
                if (value.hasInterval() && !Double.isNaN(value.ciHigh())) {
                    double low = left + clamp(value.ciLow()) * plotWidth;
                    double high = left + clamp(value.ciHigh()) * plotWidth;
                    double cap = barHeight * 0.35;
                    out.append("<g stroke=\"#1b1b1b\" stroke-width=\"1.4\"><title>").append(escape(label))
                            .append("</title>");
                    line(low, middle, high, middle);
                    line(low, middle - cap, low, middle + cap);
                    line(high, middle - cap, high, middle + cap);
                    out.append("</g>");
                    labelX = Math.max(labelX, high);
                }
                text(labelX + 5, middle + 4, "start", "font-size=\"11\"", FigureFormat.score(value.value()));
            }
            out.append("</g>\n");
        }
        out.append("</svg>\n<figcaption>").append(escape(caption)).append("</figcaption>\n</figure>\n");
    }

    private static int legendRows(List<Series> series, double width) {
        int rows = 1;
        double x = 10;
        for (Series s : series) {
            double itemWidth = 22 + Math.min(s.name().length(), 32) * 7.2 + 16;
            if (x + itemWidth > width && x > 10) {
                x = 10;
                rows++;
            }
            x += itemWidth;
        }
        return rows;
    }

    /** A 3×3 confusion matrix, cells shaded by their share of the gold row, counts written in. */
    private void heatMap(String provider, ConfusionMatrix matrix) {
        String id = "fig" + (++figureCounter);
        StanceLabel[] labels = StanceLabel.values();
        double cell = 72;
        double left = 104;
        double top = 66;
        double width = left + labels.length * cell + 16;
        double height = top + labels.length * cell + 36;
        String title = "Stance confusion matrix of " + provider;
        out.append("<figure>\n<svg width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">\n<title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title>\n<desc id=\"").append(id).append("-desc\">Rows: gold label; columns: predicted "
                        + "label; ").append(matrix.total()).append(" instances. Shade: share of the gold row.</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        text(8, 18, "start", "font-size=\"14\" font-weight=\"700\"", escape(shorten(provider)));
        text(left + labels.length * cell / 2, 38, "middle", "font-size=\"12\" fill=\"#57606a\"", "predicted");
        text(16, top + labels.length * cell / 2, "middle",
                "font-size=\"12\" fill=\"#57606a\" transform=\"rotate(-90 16 " + num(top + labels.length * cell / 2)
                        + ")\"", "gold");
        for (int p = 0; p < labels.length; p++) {
            text(left + p * cell + cell / 2, top - 8, "middle", "font-size=\"12\" font-weight=\"600\"",
                    labels[p].name());
        }
        for (int g = 0; g < labels.length; g++) {
            int rowTotal = matrix.goldCount(labels[g]);
            double y = top + g * cell;
            text(left - 8, y + cell / 2 + 4, "end", "font-size=\"12\" font-weight=\"600\"", labels[g].name());
            for (int p = 0; p < labels.length; p++) {
                int count = matrix.count(labels[g], labels[p]);
                double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
                double x = left + p * cell;
                String colour = share >= 0.5 ? "#ffffff" : "#1b1b1b";
                out.append("<g><title>").append(String.format(Locale.ROOT,
                                "gold %s, predicted %s: %d of %d (%.1f %% of gold %s)", labels[g], labels[p], count,
                                rowTotal, share * 100, labels[g]))
                        .append("</title><rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                        .append("\" width=\"").append(num(cell)).append("\" height=\"").append(num(cell))
                        .append("\" fill=\"").append(blue(share)).append("\" stroke=\"").append(g == p ? "#1b1b1b"
                                : "#d0d7de").append("\" stroke-width=\"").append(g == p ? "1.5" : "1").append("\"/>");
                text(x + cell / 2, y + cell / 2, "middle", "font-size=\"16\" font-weight=\"700\" fill=\""
                        + colour + "\"", String.valueOf(count));
                text(x + cell / 2, y + cell / 2 + 17, "middle", "font-size=\"11\" fill=\"" + colour + "\"",
                        rowTotal == 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", share * 100));
                out.append("</g>\n");
            }
        }
        text(left, top + labels.length * cell + 22, "start", "font-size=\"11\" fill=\"#57606a\"",
                String.format(Locale.ROOT, "%d instances; accuracy %s", matrix.total(),
                        FigureFormat.score(matrix.accuracy())));
        out.append("</svg>\n<figcaption>").append(escape(provider)).append(": rows gold, columns predicted"
                + "</figcaption>\n</figure>\n");
    }

    /** White at 0 to dark blue at 1. */
    private static String blue(double share) {
        double t = clamp(share);
        int r = (int) Math.round(247 + (8 - 247) * t);
        int g = (int) Math.round(251 + (48 - 251) * t);
        int b = (int) Math.round(255 + (107 - 255) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private void text(double x, double y, String anchor, String attributes, String escapedContent) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(attributes).append('>').append(escapedContent).append("</text>");
    }

    private void line(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>");
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private void numberCell(String content) {
        out.append("<td class=\"num\">").append(content).append("</td>");
    }

    /** A score cell with a light background in proportion to the score, as a table-sized heat map. */
    private void shadedCell(String content, double value) {
        if (Double.isNaN(value)) {
            numberCell(content);
            return;
        }
        out.append("<td class=\"num shade\" style=\"background-color:rgba(0,114,178,")
                .append(String.format(Locale.ROOT, "%.2f", 0.05 + 0.4 * clamp(value))).append(")\">")
                .append(content).append("</td>");
    }

    private boolean failed(String provider, String docId) {
        return result.run(provider).map(run -> run.failedDocuments().containsKey(docId)).orElse(false);
    }

    private String colourOf(String provider) {
        for (int i = 0; i < result.runs().size(); i++) {
            if (result.runs().get(i).provider().id().equals(provider)) {
                return providerColours.get(i);
            }
        }
        return PALETTE.get(PALETTE.size() - 2);
    }

    private String protocolOf(String provider) {
        return result.run(provider).map(ProviderRun::protocolDescription).orElse("-");
    }

    private Optional<ScoreRow> row(String backend, String task, String schema, String scope, String metric) {
        return result.row(backend, task, schema, scope, metric);
    }

    private String figure(String backend, String task, String schema, String scope, String metric) {
        return row(backend, task, schema, scope, metric).map(FigureFormat::withInterval).orElse("-");
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= 32 ? text
                : text.substring(0, text.offsetByCodePoints(0, 31)) + "\u2026";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
