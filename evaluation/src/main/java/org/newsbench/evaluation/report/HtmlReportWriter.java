package org.newsbench.evaluation.report;

import static org.newsbench.evaluation.report.HtmlEscape.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.newsbench.api.Task;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.report.SvgChartWriter.Series;
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
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.ScoreScope;

/**
 * {@code report.html}: one self-contained page (no external resources: embedded CSS, inline SVG charts, no script)
 * with the content of {@code report.md} plus charts, confusion-matrix heat maps and the first {@value #ERRORS_LISTED}
 * errors of each provider and task. Formats a {@link ReportModel}; computes nothing. Deterministic: the same model
 * gives the same bytes; only the last section, the timings, changes between otherwise identical runs.
 *
 * <p>Every text that comes from the corpus, the gold, the predictions or the providers goes through
 * {@link HtmlEscape#escape}.
 */
public final class HtmlReportWriter {

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#999999", "#F0E442");

    /**
     * Errors listed per provider and task, so that the page stays small on a benchmark of thousands of documents;
     * {@code errors.csv} beside it has them all.
     */
    static final int ERRORS_LISTED = 200;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;\
            max-width:1280px;padding:0 24px 48px;color:#1b1b1b;line-height:1.45;font-size:15px}
            h1{margin-top:24px}h2{border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:40px}
            h3{margin-top:28px}
            nav{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 14px}
            nav a{margin-right:14px}
            table{border-collapse:collapse;margin:10px 0 18px;font-size:14px;display:block;width:fit-content;\
            max-width:100%;overflow-x:auto}
            th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top}
            th{background:#f6f8fa;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tbody tr:nth-child(even) td{background-color:#fbfcfd}
            tbody tr:nth-child(even) td.shade{background-color:transparent}
            .note{color:#57606a;font-size:13px}
            .status-ran{color:#1a7f37;font-weight:600}.status-unavailable{color:#9a6700;font-weight:600}
            .status-failed{color:#cf222e;font-weight:600}.status-not-applicable{color:#57606a;font-weight:600}
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

    private final ReportModel model;
    private final StringBuilder out = new StringBuilder();
    private final SvgChartWriter charts = new SvgChartWriter(out);

    private HtmlReportWriter(ReportModel model) {
        this.model = model;
    }

    public static String render(ReportModel model) {
        return new HtmlReportWriter(model).build();
    }

    private String build() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Accuracy report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>Accuracy report</h1>\n");
        navigation();
        corpus();
        providers();
        model.entities().ifPresent(this::entities);
        model.stance().ifPresent(this::stance);
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
        if (model.entities().isPresent()) {
            out.append("<a href=\"#entities\">Entities</a>");
        }
        if (model.stance().isPresent()) {
            out.append("<a href=\"#stance\">Stance</a>");
        }
        out.append("<a href=\"#errors\">Errors</a><a href=\"#diagnostics\">Diagnostics</a>")
                .append("<a href=\"#timing\">Timing</a></nav>\n");
    }

    private void corpus() {
        CorpusSummary corpus = model.corpus();
        List<String> gold = new ArrayList<>();
        if (corpus.labels(Task.ENTITIES)) {
            gold.add(String.format(Locale.ROOT, "%d entity mentions (%s)", corpus.entityMentions(),
                    corpus.mentionsByType().entrySet().stream().map(e -> escape(e.getKey()) + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
        }
        if (corpus.labels(Task.STANCE)) {
            String targets = corpus.targets().stream().map(HtmlEscape::escape).collect(Collectors.joining(", "));
            gold.add(corpus.fullStanceGrid()
                    ? String.format(Locale.ROOT, "%d sentences &times; %d targets (%s)", corpus.stanceSentences(),
                            corpus.targets().size(), targets)
                    : String.format(Locale.ROOT, "%d (sentence, target) pairs over %d sentences and %d targets (%s)",
                            corpus.stanceInstances(), corpus.stanceSentences(), corpus.targets().size(), targets));
        }
        out.append(String.format(Locale.ROOT, "<p><strong>Corpus:</strong> %d documents, %d whitespace tokens; "
                        + "gold: %s.</p>\n", corpus.documentIds().size(), corpus.whitespaceTokens(),
                String.join(", ", gold)));
        out.append("<p><strong>Gold:</strong> ").append(escape(ReportWording.gold(corpus.gold()))).append(".</p>\n");
        var statistics = model.statistics();
        out.append("<p><strong>Protocol:</strong> ").append(escape(ReportWording.protocol(model.protocol())))
                .append(".</p>\n");
        if (corpus.labels(Task.ENTITIES)) {
            out.append("<p><strong>Entity matching:</strong> ").append(escape(statistics.entityMatching().label()))
                    .append(" (<code>evaluation/METRICS.md</code> &sect;1.3).</p>\n");
        }
        out.append(String.format(Locale.ROOT, "<p><strong>Statistics:</strong> %d %% percentile bootstrap intervals "
                        + "(%d resamples %s; seed %d); paired approximate randomization tests (%d shuffles, same "
                        + "seed). Definitions: <code>evaluation/METRICS.md</code>.</p>\n",
                Math.round(statistics.confidenceLevel() * 100), statistics.bootstrapResamples(),
                ReportWording.resampledUnits(corpus), statistics.seed(), statistics.randomizationShuffles()));
    }

    private void providers() {
        out.append("<h2 id=\"providers\">Providers</h2>\n<table>\n<thead><tr><th>provider</th><th>description</th>"
                + "<th>library</th><th>tasks</th><th>protocol</th><th>status</th><th>reason / note</th></tr></thead>\n"
                + "<tbody>\n");
        for (ProviderRow row : model.providers()) {
            var provider = row.descriptor();
            String status = row.status().label();
            out.append("<tr><td><strong>").append(escape(provider.id())).append("</strong></td><td>")
                    .append(escape(provider.description())).append("</td><td>")
                    .append(escape(provider.libraryWithVersion()))
                    .append("</td><td>")
                    .append(escape(provider.tasks().stream().map(ScoreKey::taskLabel).sorted()
                            .collect(Collectors.joining(", "))))
                    .append("</td><td>").append(escape(row.protocolDescription())).append("</td><td class=\"status-")
                    .append(status.replace(' ', '-')).append("\">").append(status).append("</td><td>")
                    .append(escape(row.reason())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void entities(EntitySection entities) {
        List<String> providers = entities.providers();
        out.append("<h2 id=\"entities\">Entities</h2>\n");
        out.append("<p>Micro-averaged over all mentions; <code>strict</code> = exact span and type (conlleval), "
                + "<code>exact</code> = exact span, <code>partial</code> = overlapping span (half credit), "
                + "<code>type</code> = overlapping span and the right type. Brackets: 95 % bootstrap interval.</p>\n");
        out.append("<table>\n<thead><tr><th>provider</th><th>protocol</th><th>strict P</th><th>strict R</th>"
                + "<th>strict F1 [95 % CI]</th><th>exact F1</th><th>partial F1</th><th>type F1</th>"
                + "<th>strict macro-F1</th></tr></thead>\n<tbody>\n");
        for (String provider : providers) {
            out.append("<tr><td>").append(escape(provider)).append("</td><td>")
                    .append(escape(model.provider(provider).protocolDescription())).append("</td>");
            numberCell(FigureFormat.figure(entity(provider, MatchSchema.STRICT, ScoreScope.MICRO,
                    ScoreMetric.PRECISION)));
            numberCell(FigureFormat.figure(entity(provider, MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.RECALL)));
            numberCell("<strong>" + FigureFormat.figure(entity(provider, MatchSchema.STRICT, ScoreScope.MICRO,
                    ScoreMetric.F1)) + "</strong>");
            numberCell(FigureFormat.figure(entity(provider, MatchSchema.EXACT, ScoreScope.MICRO, ScoreMetric.F1)));
            numberCell(FigureFormat.figure(entity(provider, MatchSchema.PARTIAL, ScoreScope.MICRO, ScoreMetric.F1)));
            numberCell(FigureFormat.figure(entity(provider, MatchSchema.TYPE, ScoreScope.MICRO, ScoreMetric.F1)));
            numberCell(FigureFormat.figure(entity(provider, MatchSchema.STRICT, ScoreScope.MACRO, ScoreMetric.F1)));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<div class=\"charts\">\n");
        charts.barChart("Entity F1 per provider (micro)",
                "micro F1 (0 to 1); whiskers: 95 % bootstrap interval",
                providers,
                List.of(new Series("strict", PALETTE.get(0)), new Series("partial", PALETTE.get(1))),
                (c, s) -> entity(providers.get(c), s == 0 ? MatchSchema.STRICT : MatchSchema.PARTIAL,
                        ScoreScope.MICRO, ScoreMetric.F1),
                "Strict (exact span and type) and partial (overlap, half credit) micro F1 of every provider, "
                        + "with 95 % bootstrap intervals.");
        List<String> types = entities.types();
        if (!types.isEmpty()) {
            List<Series> series = new ArrayList<>();
            for (String provider : providers) {
                series.add(new Series(provider, colourOf(provider)));
            }
            charts.barChart("Strict F1 per entity type", "strict F1 (0 to 1); whiskers: 95 % bootstrap interval",
                    types, series,
                    (c, s) -> entity(providers.get(s), MatchSchema.STRICT, ScoreScope.type(types.get(c)),
                            ScoreMetric.F1),
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
                shadedCell(entity(provider, MatchSchema.STRICT, ScoreScope.type(type), ScoreMetric.F1));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (String type : entities.typesNoProviderPredicted()) {
            out.append("<p class=\"note\">").append(escape(ReportWording.typeNoProviderPredicted(model.corpus(), type)))
                    .append("</p>\n");
        }

        out.append("<h3>Counts per schema</h3>\n<p class=\"note\">COR correct, INC incorrect, PAR partial, MIS missed, "
                + "SPU spurious (MUC-style categories, as in nervaluate).</p>\n<table>\n<thead><tr><th>provider</th>"
                + "<th>schema</th><th>COR</th><th>INC</th><th>PAR</th><th>MIS</th><th>SPU</th><th>P</th><th>R</th>"
                + "<th>F1</th></tr></thead>\n<tbody>\n");
        for (SchemaCountsRow row : entities.counts()) {
            EntityCounts counts = row.counts();
            out.append("<tr><td>").append(escape(row.provider())).append("</td><td>")
                    .append(ScoreKey.schemaLabel(row.schema())).append("</td>");
            numberCell(String.valueOf(counts.cor()));
            numberCell(String.valueOf(counts.inc()));
            numberCell(String.valueOf(counts.par()));
            numberCell(String.valueOf(counts.mis()));
            numberCell(String.valueOf(counts.spu()));
            numberCell(FigureFormat.score(row.precision()));
            numberCell(FigureFormat.score(row.recall()));
            numberCell(FigureFormat.score(row.f1()));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        EntitySection.DocumentTable table = entities.documentTable();
        out.append("<h3>").append(escape(ReportWording.documentTableHeading(table))).append("</h3>\n");
        if (table.isSelection()) {
            out.append("<p>").append(escape(ReportWording.documentTableSelection(table))).append("</p>\n");
        }
        out.append("<table>\n<thead><tr><th>document</th><th>gold mentions</th>");
        for (String provider : providers) {
            out.append("<th>").append(escape(provider)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (EntitySection.DocumentRow document : table.rows()) {
            out.append("<tr><td>").append(escape(document.docId())).append("</td>");
            numberCell(String.valueOf(document.goldMentions()));
            for (DocumentCell cell : document.cells()) {
                if (cell instanceof DocumentCell.Scored scored) {
                    shadedCell(FigureFormat.cell(cell), scored.value());
                } else {
                    out.append("<td class=\"num status-failed\">").append(FigureFormat.cell(cell)).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        significance(entities.significance());
    }

    private void stance(StanceSection stance) {
        List<String> providers = stance.providers();
        out.append("<h2 id=\"stance\">Stance</h2>\n");
        out.append("<p><code>F_avg</code> = (F1 FAVOR + F1 AGAINST) / 2 over all targets pooled (SemEval-2016 Task 6); "
                + "macro-F1 over the three labels; kappa = Cohen's kappa against gold. Brackets: 95 % bootstrap "
                + "interval.</p>\n");
        out.append("<table>\n<thead><tr><th>provider</th><th>protocol</th><th>accuracy [95 % CI]</th>"
                + "<th>F_avg [95 % CI]</th><th>macro-F1</th><th>kappa</th></tr></thead>\n<tbody>\n");
        for (String provider : providers) {
            out.append("<tr><td>").append(escape(provider)).append("</td><td>")
                    .append(escape(model.provider(provider).protocolDescription())).append("</td>");
            numberCell(FigureFormat.figure(stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.ACCURACY)));
            numberCell("<strong>" + FigureFormat.figure(stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.F_AVG))
                    + "</strong>");
            numberCell(FigureFormat.figure(stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.MACRO_F1)));
            numberCell(FigureFormat.figure(stance(provider, ScoreScope.ALL_TARGETS, ScoreMetric.KAPPA)));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<div class=\"charts\">\n");
        charts.barChart("Stance F_avg and accuracy per provider", "score (0 to 1); whiskers: 95 % bootstrap interval",
                providers,
                List.of(new Series("F_avg", PALETTE.get(0)), new Series("accuracy", PALETTE.get(2))),
                (c, s) -> stance(providers.get(c), ScoreScope.ALL_TARGETS,
                        s == 0 ? ScoreMetric.F_AVG : ScoreMetric.ACCURACY),
                "SemEval F_avg (FAVOR and AGAINST only) and accuracy over all targets, with 95 % bootstrap "
                        + "intervals. A majority-NONE baseline can have a high accuracy and an F_avg of 0.");
        out.append("</div>\n");

        List<String> targets = stance.targets();
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
                shadedCell(stance(provider, ScoreScope.target(target), ScoreMetric.F_AVG));
                shadedCell(stance(provider, ScoreScope.target(target), ScoreMetric.ACCURACY));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        out.append("<h3>Confusion matrices (rows gold, columns predicted; all targets)</h3>\n");
        out.append("<p class=\"note\">Each cell gives the count and its share of the gold row; the shade is that "
                + "share (white 0, dark blue 1), so the diagonal is dark for a good provider.</p>\n");
        out.append("<div class=\"charts\">\n");
        for (StanceSection.Confusion confusion : stance.confusion()) {
            charts.heatMap(confusion.provider(), confusion.matrix(), confusion.accuracy());
        }
        out.append("</div>\n");
        significance(stance.significance());
    }

    private void significance(SignificanceTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        out.append("<h3>Significance: ").append(escape(table.figureName()))
                .append(", paired approximate randomization</h3>\n");
        if (table.fewUnits()) {
            out.append("<p class=\"note\">").append(escape(FigureFormat.smallestAttainablePValue(table)))
                    .append("</p>\n");
        }
        out.append("<p class=\"note\">Two-sided p-values; bold where p &lt; 0.05. Not corrected for multiple "
                + "comparisons.</p>\n");
        out.append("<table>\n<thead><tr><th>A</th><th>B</th><th>A value</th><th>B value</th><th>difference</th>"
                + "<th>p</th><th>shuffles</th></tr></thead>\n<tbody>\n");
        for (SignificanceTable.Row test : table.rows()) {
            out.append("<tr><td>").append(escape(test.providerA())).append("</td><td>")
                    .append(escape(test.providerB())).append("</td>");
            numberCell(FigureFormat.score(test.valueA()));
            numberCell(FigureFormat.score(test.valueB()));
            numberCell(FigureFormat.difference(test.difference()));
            String p = escape(FigureFormat.pValue(test.pValue()));
            numberCell(test.pValue() < 0.05 ? "<span class=\"p-sig\">" + p + "</span>" : p);
            numberCell(String.valueOf(test.shuffles()));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void errorLists() {
        out.append("<h2 id=\"errors\">Errors behind the numbers</h2>\n");
        out.append("<p>Up to ").append(ERRORS_LISTED).append(" errors of every provider and task (open a block to "
                + "see its table); <a href=\"" + ErrorsCsvWriter.FILE_NAME + "\">" + ErrorsCsvWriter.FILE_NAME
                + "</a>, beside this page, has every one. Entities as the strict "
                + "counts name them: <span class=\"kind\">INC</span> = prediction on a gold mention with the wrong "
                + "type or boundaries (both sides shown), <span class=\"kind\">MIS</span> = gold mention not found, "
                + "<span class=\"kind\">SPU</span> = prediction on no gold mention; "
                + "<span class=\"kind\">STANCE</span> = wrong stance label for the sentence. Spans are code-point "
                + "offsets, end exclusive; the erroneous text is <mark>highlighted</mark>.</p>\n");
        for (ErrorList list : model.errors()) {
            errorTable(list);
        }
    }

    private void errorTable(ErrorList list) {
        int size = list.errors().size();
        out.append("<details><summary>").append(escape(list.provider())).append(", ")
                .append(ScoreKey.taskLabel(list.task())).append(" (").append(size)
                .append(size == 1 ? " error" : " errors").append(")</summary>\n");
        if (size == 0) {
            out.append("<p>No errors.</p>\n</details>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>#</th><th>document</th><th>span</th><th>kind</th><th>gold</th>"
                + "<th>predicted</th><th>in context</th></tr></thead>\n<tbody>\n");
        int number = 0;
        for (ErrorList.Entry error : list.errors().subList(0, Math.min(ERRORS_LISTED, size))) {
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
        out.append("</tbody>\n</table>\n");
        if (size > ERRORS_LISTED) {
            out.append(String.format(Locale.ROOT, "<p class=\"note\">The first %d of %d errors are listed; the other "
                            + "%d are in <a href=\"%s\">%s</a>.</p>\n", ERRORS_LISTED, size, size - ERRORS_LISTED,
                    ErrorsCsvWriter.FILE_NAME, ErrorsCsvWriter.FILE_NAME));
        }
        out.append("</details>\n");
    }

    private void diagnostics() {
        out.append("<h2 id=\"diagnostics\">Diagnostics</h2>\n");
        if (model.diagnostics().isEmpty()) {
            out.append("<p>Nothing to report.</p>\n");
            return;
        }
        out.append("<ul>\n");
        for (Diagnostic diagnostic : model.diagnostics()) {
            out.append("<li><strong>").append(escape(diagnostic.provider())).append("</strong>: ");
            if (diagnostic instanceof Diagnostic.FailedDocument failed) {
                out.append("document ").append(escape(failed.docId())).append(" failed: ")
                        .append(escape(failed.reason()));
            } else if (diagnostic instanceof Diagnostic.DroppedLabels dropped) {
                out.append("labels dropped by its mapping: ").append(dropped.counts().entrySet().stream()
                        .map(e -> escape(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
            } else if (diagnostic instanceof Diagnostic.Note note) {
                out.append(escape(note.text()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void timing() {
        out.append("<section class=\"timing\">\n<h2 id=\"timing\">Timing (varies between runs)</h2>\n");
        out.append("<p class=\"note\">Everything above this section is deterministic for the same corpus, providers "
                + "and settings; the timings below are not.</p>\n");
        out.append("<table>\n<thead><tr><th>provider</th><th>load s</th><th>fit s</th><th>annotate s</th>"
                + "<th>documents annotated</th><th>from cache</th><th>tokens/s</th></tr></thead>\n<tbody>\n");
        for (TimingRow row : model.timings()) {
            var timing = row.timing();
            out.append("<tr><td>").append(escape(row.provider())).append("</td>");
            numberCell(FigureFormat.seconds(timing.loadMillis()));
            numberCell(FigureFormat.seconds(timing.fitMillis()));
            numberCell(FigureFormat.seconds(timing.annotateMillis()));
            numberCell(String.valueOf(timing.annotatedDocuments()));
            numberCell(String.valueOf(timing.cachedDocuments()));
            numberCell(FigureFormat.tokensPerSecond(row));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private void numberCell(String content) {
        out.append("<td class=\"num\">").append(content).append("</td>");
    }

    /** A figure cell with a light background in proportion to the figure, as a table-sized heat map. */
    private void shadedCell(Optional<ScoreRow> row) {
        shadedCell(FigureFormat.figure(row), row.map(ScoreRow::value).orElse(Double.NaN));
    }

    private void shadedCell(String content, double value) {
        if (Double.isNaN(value)) {
            numberCell(content);
            return;
        }
        out.append("<td class=\"num shade\" style=\"background-color:rgba(0,114,178,")
                .append(String.format(Locale.ROOT, "%.2f", 0.05 + 0.4 * SvgChartWriter.clamp(value))).append(")\">")
                .append(content).append("</td>");
    }

    /** Each provider keeps the colour of its place among all providers found. */
    private String colourOf(String provider) {
        for (int i = 0; i < model.providers().size(); i++) {
            if (model.providers().get(i).id().equals(provider)) {
                return PALETTE.get(i % PALETTE.size());
            }
        }
        return PALETTE.get(PALETTE.size() - 2);
    }

    private Optional<ScoreRow> entity(String provider, MatchSchema schema, ScoreScope scope, ScoreMetric metric) {
        return model.scores().find(provider, ScoreKey.entities(schema, scope, metric));
    }

    private Optional<ScoreRow> stance(String provider, ScoreScope scope, ScoreMetric metric) {
        return model.scores().find(provider, ScoreKey.stance(scope, metric));
    }
}
