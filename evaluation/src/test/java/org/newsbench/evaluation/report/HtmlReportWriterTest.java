package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Task;
import org.newsbench.evaluation.report.model.ErrorList;

class HtmlReportWriterTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"quotes\" 'here'";

    @Test
    void pageIsSelfContainedWithCharts() {
        String html = HtmlReportWriter.render(ReportModelFixture.model());

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</body>\n</html>\n");
        assertThat(html).doesNotContain("http://", "https://", "src=", "<link", "@import", "url(", "<script",
                "<img", "<iframe");
        // entity F1 per provider, strict F1 per type, stance per provider, alpha's confusion matrix
        assertThat(count(html, "<svg")).isEqualTo(4);
        assertThat(html).contains("<title id=\"fig1-title\">Entity F1 per provider (micro)</title>",
                "<title id=\"fig2-title\">Strict F1 per entity type</title>",
                "<title id=\"fig3-title\">Stance F_avg and accuracy per provider</title>",
                "<title id=\"fig4-title\">Stance confusion matrix of alpha</title>",
                ">FAVOR</text>", ">AGAINST</text>", ">NONE</text>", ">0.0</text>", ">1.0</text>",
                "2 instances; accuracy 0.500</text>");
        assertThat(html).contains("<nav><a href=\"#providers\">Providers</a><a href=\"#entities\">Entities</a>"
                + "<a href=\"#stance\">Stance</a><a href=\"#errors\">Errors</a><a href=\"#diagnostics\">Diagnostics</a>"
                + "<a href=\"#timing\">Timing</a></nav>\n");
    }

    @Test
    void corpusAndProvidersRows() {
        String html = HtmlReportWriter.render(ReportModelFixture.model());

        assertThat(html).contains("<p><strong>Corpus:</strong> 2 documents, 12 whitespace tokens; gold: 3 entity "
                + "mentions (LOC 2, PER 1), 2 sentences &times; 1 targets (T1).</p>\n");
        assertThat(html).contains(
                "<tr><td><strong>alpha</strong></td><td>first &lt;one&gt;</td><td>lib-a 1.0</td>"
                        + "<td>entities, stance</td><td>pretrained, all documents</td><td class=\"status-ran\">ran</td>"
                        + "<td></td></tr>\n"
                        + "<tr><td><strong>beta</strong></td><td>second</td><td>none</td><td>entities</td>"
                        + "<td>2-fold cross-validation</td><td class=\"status-ran\">ran</td>"
                        + "<td>1 of 2 documents failed</td></tr>\n"
                        + "<tr><td><strong>gamma</strong></td><td>third</td><td>lib-c 3.0</td><td>entities</td>"
                        + "<td>-</td><td class=\"status-unavailable\">unavailable</td><td>needs a model</td></tr>\n"
                        + "<tr><td><strong>delta</strong></td><td>fourth</td><td>lib-d 4.0</td><td>stance</td>"
                        + "<td>-</td><td class=\"status-not-applicable\">not applicable</td>"
                        + "<td>stance was not selected</td></tr>\n</tbody>\n");
    }

    @Test
    void entityTablesShowMissingFiguresAsDashAndFailedDocumentsAsFailed() {
        String html = HtmlReportWriter.render(ReportModelFixture.model());

        assertThat(html).contains("<tr><td>beta</td><td>2-fold cross-validation</td>"
                + "<td class=\"num\">0.500 [0.200, 0.800]</td><td class=\"num\">0.333 [0.100, 0.600]</td>"
                + "<td class=\"num\"><strong>0.400 [0.150, 0.650]</strong></td>"
                + "<td class=\"num\">0.400 [0.150, 0.650]</td><td class=\"num\">0.500 [0.200, 0.700]</td>"
                + "<td class=\"num\">-</td><td class=\"num\">0.300 [0.100, 0.500]</td></tr>\n");
        assertThat(html).contains("<tr><td>alpha</td><td>strict</td><td class=\"num\">2</td><td class=\"num\">0</td>"
                + "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td>"
                + "<td class=\"num\">1.000</td><td class=\"num\">0.667</td><td class=\"num\">0.800</td></tr>\n");
        assertThat(html).contains("<h3>Strict F1 per document</h3>\n<table>\n<thead><tr><th>document</th>"
                + "<th>gold mentions</th><th>alpha</th><th>beta</th></tr></thead>\n<tbody>\n"
                + "<tr><td>d1</td><td class=\"num\">2</td>"
                + "<td class=\"num shade\" style=\"background-color:rgba(0,114,178,0.37)\">0.800</td>"
                + "<td class=\"num shade\" style=\"background-color:rgba(0,114,178,0.25)\">0.500</td></tr>\n"
                + "<tr><td>d2</td><td class=\"num\">1</td>"
                + "<td class=\"num shade\" style=\"background-color:rgba(0,114,178,0.25)\">0.500</td>"
                + "<td class=\"num status-failed\">failed</td></tr>\n</tbody>\n</table>\n");
    }

    @Test
    void aLargeCorpusShowsTheSelectedDocumentsAndSaysWhereTheOthersAre() {
        String html = HtmlReportWriter.render(ReportModelFixture.documentSelection());

        assertThat(html).contains("<h3>Strict F1 per document: the 1 of 2 with the lowest mean over providers</h3>\n"
                + "<p>Worst first, ties in corpus order; in the mean a failed document counts as 0, and a document "
                + "with no gold mention on which a provider predicted nothing as 1 (no error). 1 more document is not "
                + "shown: scores.csv and report.json hold every document.</p>\n"
                + "<table>\n<thead><tr><th>document</th><th>gold mentions</th><th>alpha</th><th>beta</th></tr>"
                + "</thead>\n<tbody>\n"
                + "<tr><td>d2</td><td class=\"num\">1</td>"
                + "<td class=\"num shade\" style=\"background-color:rgba(0,114,178,0.25)\">0.500</td>"
                + "<td class=\"num status-failed\">failed</td></tr>\n</tbody>\n</table>\n");
    }

    @Test
    void significanceTableSaysHowSmallAPValueCanGet() {
        String html = HtmlReportWriter.render(ReportModelFixture.model());

        assertThat(html).contains("""
                <h3>Significance: Strict micro-F1, paired approximate randomization</h3>
                <p class="note">With 2 paired units (documents) there are only 2^2 distinct swaps, so no p-value can \
                fall below about 0.500 whatever the difference.</p>
                <p class="note">Two-sided p-values; bold where p &lt; 0.05. Not corrected for multiple comparisons.</p>
                <table>
                <thead><tr><th>A</th><th>B</th><th>A value</th><th>B value</th><th>difference</th><th>p</th>\
                <th>shuffles</th></tr></thead>
                <tbody>
                <tr><td>alpha</td><td>beta</td><td class="num">0.720</td><td class="num">0.400</td>\
                <td class="num">+0.320</td><td class="num">0.500</td><td class="num">1000</td></tr>
                </tbody>
                </table>
                """);
        // a single stance provider: nothing to compare
        assertThat(html).doesNotContain("Significance: F_avg");
    }

    @Test
    void listsTheFirstErrorsOfEachProviderAndLinksErrorsCsvForTheRest() {
        List<ErrorList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            entries.add(new ErrorList.Entry("d1", i, i + 1, "SPU", "", "LOC", "", "w" + i, ""));
        }
        String html = HtmlReportWriter.render(ReportModelFixture.model(List.of(
                new ErrorList("alpha", Task.ENTITIES, entries),
                new ErrorList("alpha", Task.STANCE, List.of(
                        new ErrorList.Entry("d1", 0, 12, "STANCE", "T1 AGAINST", "T1 NONE", "", "Kyiv fell.", ""))),
                new ErrorList("beta", Task.ENTITIES, List.of()))));

        assertThat(count(html, "<tr class=\"error\">")).isEqualTo(201);
        assertThat(html).contains("<p>Up to 200 errors of every provider and task (open a block to see its "
                        + "table); <a href=\"errors.csv\">errors.csv</a>, beside this page, has every one.",
                "<details><summary>alpha, entities (230 errors)</summary>\n",
                "<tr class=\"error\"><td class=\"num\">200</td><td>d1</td><td class=\"num\">199&ndash;200</td>"
                        + "<td class=\"kind\">SPU</td><td class=\"label\"></td><td class=\"label\">LOC</td>"
                        + "<td class=\"context\"><mark>w199</mark></td></tr>\n</tbody>\n</table>\n"
                        + "<p class=\"note\">The first 200 of 230 errors are listed; the other 30 are in "
                        + "<a href=\"errors.csv\">errors.csv</a>.</p>\n</details>\n",
                "<details><summary>alpha, stance (1 error)</summary>\n",
                "<td class=\"context\"><mark class=\"sentence\">Kyiv fell.</mark></td></tr>\n</tbody>\n</table>\n"
                        + "</details>\n",
                "<details><summary>beta, entities (0 errors)</summary>\n<p>No errors.</p>\n</details>\n");
        assertThat(html).doesNotContain("<mark>w200</mark>");
    }

    @Test
    void anEntityOnlyGoldHasNoStanceAndSaysItsFormatProtocolAndTheTypesNoProviderPredicted() {
        String html = HtmlReportWriter.render(ReportModelFixture.entityOnly());

        assertThat(html).contains("""
                <p><strong>Corpus:</strong> 2 documents, 12 whitespace tokens; gold: 4 entity mentions (LOC 2, MISC 1, \
                PER 1).</p>
                <p><strong>Gold:</strong> brat, read from ann/; 2 brat annotation lines other than entities (T) left \
                aside.</p>
                <p><strong>Protocol:</strong> trainable providers are trained once on train/ (3 documents) and annotate \
                every document; predictions made elsewhere are read from their files and scored like any others \
                (alpha: alpha.conll).</p>
                <p><strong>Entity matching:</strong> nervaluate (<code>evaluation/METRICS.md</code> &sect;1.3).</p>
                <p><strong>Statistics:</strong> 95 % percentile bootstrap intervals (200 resamples of documents for \
                entities; seed 7); paired approximate randomization tests (1000 shuffles, same seed). Definitions: \
                <code>evaluation/METRICS.md</code>.</p>
                """);
        assertThat(html).contains("<nav><a href=\"#providers\">Providers</a><a href=\"#entities\">Entities</a>"
                + "<a href=\"#errors\">Errors</a>");
        assertThat(html).contains("<tr><td>beta</td><td class=\"num shade\" "
                + "style=\"background-color:rgba(0,114,178,0.25)\">0.500 [0.000, 1.000]</td><td class=\"num\">-</td>"
                + "<td class=\"num shade\" style=\"background-color:rgba(0,114,178,0.05)\">0.000 [0.000, 0.000]</td>"
                + "</tr>\n</tbody>\n</table>\n"
                + "<p class=\"note\">MISC: no provider predicted this type; its 1 gold mention is all missed.</p>\n"
                + "<h3>Counts per schema</h3>");
        assertThat(html).doesNotContain("id=\"stance\"", "Stance", "alpha, stance", "targets", "&times;");
    }

    @Test
    void aStanceOnlyGoldHasNoEntitySectionsNorEntityMatching() {
        String html = HtmlReportWriter.render(ReportModelFixture.stanceOnly());

        assertThat(html).contains("<p><strong>Corpus:</strong> 2 documents, 12 whitespace tokens; gold: 2 sentences "
                        + "&times; 1 targets (T1).</p>\n<p><strong>Gold:</strong> JSONL, read from stance.jsonl.</p>\n"
                        + "<p><strong>Protocol:</strong> pretrained",
                "<nav><a href=\"#providers\">Providers</a><a href=\"#stance\">Stance</a><a href=\"#errors\">",
                "<details><summary>alpha, stance (1 error)</summary>");
        assertThat(html).doesNotContain("Entity matching", "id=\"entities\"", "entity mentions", ", entities (");
    }

    @Test
    void everyStatusHasAStyle() {
        String html = HtmlReportWriter.render(ReportModelFixture.model());

        assertThat(html).contains(".status-ran{", ".status-unavailable{", ".status-failed{",
                ".status-not-applicable{color:#57606a;font-weight:600}");
    }

    @Test
    void diagnosticsAndTimingComeLast() {
        String html = HtmlReportWriter.render(ReportModelFixture.model());

        assertThat(html).contains("""
                <h2 id="diagnostics">Diagnostics</h2>
                <ul>
                <li><strong>alpha</strong>: labels dropped by its mapping: DATE 2</li>
                <li><strong>alpha</strong>: a note</li>
                <li><strong>beta</strong>: document d2 failed: timeout after 5 s</li>
                </ul>
                <section class="timing">
                """);
        assertThat(html).contains("<tr><td>alpha</td><td class=\"num\">1.2</td><td class=\"num\">0.0</td>"
                + "<td class=\"num\">3.4</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">147</td>"
                + "</tr>\n<tr><td>beta</td><td class=\"num\">0.0</td><td class=\"num\">0.0</td><td class=\"num\">0.0</td>"
                + "<td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">-</td></tr>\n"
                + "</tbody>\n</table>\n</section>\n</body>\n</html>\n");
    }

    @Test
    void textsFromTheCorpusAndPredictionsAreEscaped() {
        String html = HtmlReportWriter.render(ReportModelFixture.model(List.of(new ErrorList("alpha", Task.ENTITIES,
                List.of(new ErrorList.Entry("d1", 0, 25, "SPU", "", "ORG", "<b>", HOSTILE.substring(0, 25), HOSTILE
                        .substring(25)))))));

        assertThat(html).doesNotContain(HOSTILE, "<script>", "<b>", "first <one>");
        assertThat(html).contains("<td class=\"context\">&lt;b&gt;<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>"
                + " &amp; &quot;quotes&quot; &#39;here&#39;</td>");
    }

    @Test
    void rendersIdenticallyTwiceAndIndependentlyOfTheDefaultLocale() {
        String first = HtmlReportWriter.render(ReportModelFixture.model());
        assertThat(HtmlReportWriter.render(ReportModelFixture.model())).isEqualTo(first);

        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(HtmlReportWriter.render(ReportModelFixture.model())).isEqualTo(first);
        } finally {
            Locale.setDefault(saved);
        }
        // a German default locale would print decimal commas: "0,812 [0,761, 0,858]"
        assertThat(first).doesNotContainPattern("[\\s>\\[]\\d+,\\d{3}[\\s<\\],]");
    }

    @Test
    void escapeCoversTheFiveSpecialCharacters() {
        assertThat(HtmlEscape.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assertThat(HtmlEscape.escape("Kyiv 🇺🇦 ü")).isEqualTo("Kyiv 🇺🇦 ü");
    }

    static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
