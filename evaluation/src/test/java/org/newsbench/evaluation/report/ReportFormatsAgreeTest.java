package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.SignificanceTable;
import org.newsbench.evaluation.report.model.StanceSection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the issue found drifting between formats now comes from one model: failed documents and significance. */
class ReportFormatsAgreeTest {

    private static final Pattern MARKDOWN_TEST = Pattern.compile(
            "(?m)^\\| (\\S+) \\| (\\S+) \\| (\\S+) \\| (\\S+) \\| ([+-]\\S+) \\| (\\S+) \\| (\\d+) \\|$");
    private static final Pattern HTML_TEST = Pattern.compile("<tr><td>([^<]+)</td><td>([^<]+)</td>"
            + "<td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td><td class=\"num\">([+-][^<]+)</td>"
            + "<td class=\"num\">(?:<span class=\"p-sig\">)?([^<]+)(?:</span>)?</td><td class=\"num\">(\\d+)</td></tr>");

    @Test
    void aDocumentOnWhichAProviderFailedReadsFailedInEveryFormat() throws Exception {
        ReportModel model = ReportModelFixture.model();

        assertThat(MarkdownReportWriter.render(model)).contains("| d2 | 1 | 0.500 | failed |\n");
        assertThat(HtmlReportWriter.render(model)).contains("<td class=\"num status-failed\">failed</td></tr>");
        JsonNode d2 = new ObjectMapper().readTree(JsonReportWriter.render(model)).get("entityDocuments").get(1);
        assertThat(d2.get("document").asText()).isEqualTo("d2");
        assertThat(d2.get("strictF1").get("beta").asText()).isEqualTo("failed");
    }

    @Test
    void markdownHtmlAndJsonListTheSameSignificanceRows() throws Exception {
        ReportModel model = withStanceTests(ReportModelFixture.model());
        List<List<String>> expected = List.of(
                List.of("alpha", "beta", "0.720", "0.400", "+0.320", "0.500", "1000"),
                List.of("alpha", "delta", "0.250", "0.600", "-0.350", "<0.001", "1000"));

        assertThat(rows(MARKDOWN_TEST, MarkdownReportWriter.render(model))).isEqualTo(expected);
        assertThat(rows(HTML_TEST, HtmlReportWriter.render(model))).isEqualTo(expected);
        List<List<String>> json = new ArrayList<>();
        for (JsonNode test : new ObjectMapper().readTree(JsonReportWriter.render(model)).get("significance")) {
            json.add(List.of(test.get("providerA").asText(), test.get("providerB").asText(),
                    FigureFormat.score(test.get("valueA").asDouble()), FigureFormat.score(test.get("valueB").asDouble()),
                    FigureFormat.difference(test.get("difference").asDouble()),
                    FigureFormat.pValue(test.get("pValue").asDouble()), test.get("shuffles").asText()));
        }
        assertThat(json).isEqualTo(expected);
    }

    @Test
    void markdownAndHtmlShowTheSameSelectionOfDocuments() {
        ReportModel model = ReportModelFixture.documentSelection();
        String heading = "Strict F1 per document: the 1 of 2 with the lowest mean over providers";

        String markdown = MarkdownReportWriter.render(model);
        String html = HtmlReportWriter.render(model);
        assertThat(markdown).contains("### " + heading + "\n").contains("| d2 | 1 |").doesNotContain("| d1 | 2 |");
        assertThat(html).contains("<h3>" + heading + "</h3>").contains("<tr><td>d2</td>")
                .doesNotContain("<tr><td>d1</td>");
    }

    @Test
    void theGoldTypesNoProviderPredictedAreNamedInEveryFormat() throws Exception {
        ReportModel model = ReportModelFixture.entityOnly();
        String sentence = "MISC: no provider predicted this type; its 1 gold mention is all missed.";

        assertThat(MarkdownReportWriter.render(model)).contains("\n" + sentence + "\n");
        assertThat(HtmlReportWriter.render(model)).contains("<p class=\"note\">" + sentence + "</p>");
        assertThat(ConsoleSummary.render(model)).contains(sentence);
        assertThat(new ObjectMapper().readTree(JsonReportWriter.render(model)).get("entityTypesNoProviderPredicted")
                .get(0).asText()).isEqualTo("MISC");
    }

    private static List<List<String>> rows(Pattern pattern, String text) {
        List<List<String>> rows = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            List<String> row = new ArrayList<>();
            for (int group = 1; group <= 7; group++) {
                row.add(matcher.group(group).replace("&lt;", "<"));
            }
            rows.add(row);
        }
        return rows;
    }

    private static ReportModel withStanceTests(ReportModel model) {
        StanceSection stance = model.stance().orElseThrow();
        SignificanceTable table = stance.significance();
        StanceSection withTests = new StanceSection(stance.providers(), stance.targets(), stance.confusion(),
                new SignificanceTable(table.figure(), table.figureName(), table.unitName(), 40, 0.001, false,
                        List.of(new SignificanceTable.Row("alpha", "delta", 0.25, 0.6, -0.35, 0.0004, 1000))));
        return new ReportModel(model.corpus(), model.statistics(), model.protocol(), model.providers(),
                model.scores(), model.entities(), Optional.of(withTests), model.errors(), model.diagnostics(),
                model.timings());
    }
}
