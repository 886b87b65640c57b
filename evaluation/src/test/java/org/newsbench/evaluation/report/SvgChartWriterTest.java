package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.scoring.ScoreKey;
import org.newsbench.evaluation.scoring.ScoreMetric;
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.ScoreScope;

class SvgChartWriterTest {

    private static final ScoreRow HALF = new ScoreRow("alpha",
            ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.F1), 0.5, 0.25, 0.75);

    @Test
    void barSpansTheValueOnAFixedScaleWithWhiskersForItsInterval() {
        StringBuilder out = new StringBuilder();
        new SvgChartWriter(out).barChart("F1", "micro F1", List.of("alpha", "beta"),
                List.of(new SvgChartWriter.Series("strict", "#0072B2")),
                (category, series) -> category == 0 ? Optional.of(HALF) : Optional.empty(), "caption");

        // 560 px for 0..1 from x = 90: 0.5 ends at 370, the interval 0.25..0.75 spans 230..510
        assertThat(out.toString()).contains("<rect x=\"90\" y=\"64\" width=\"280\" height=\"15\" fill=\"#0072B2\">"
                + "<title>alpha \u2014 strict: 0.500 [0.250, 0.750]</title></rect>"
                + "<g stroke=\"#1b1b1b\" stroke-width=\"1.4\"><title>alpha \u2014 strict: 0.500 [0.250, 0.750]</title>"
                + "<line x1=\"230\" y1=\"71.5\" x2=\"510\" y2=\"71.5\"/>"
                + "<line x1=\"230\" y1=\"66.3\" x2=\"230\" y2=\"76.8\"/>"
                + "<line x1=\"510\" y1=\"66.3\" x2=\"510\" y2=\"76.8\"/></g>"
                + "<text x=\"515\" y=\"75.5\" text-anchor=\"start\" font-size=\"11\">0.500</text>");
        // beta has no figure: no bar, a note
        assertThat(out.toString()).contains("<text x=\"94\" y=\"102.5\" text-anchor=\"start\" font-size=\"11\" "
                + "fill=\"#57606a\">n/a</text>");
        assertThat(out.toString()).startsWith("<figure>\n<svg width=\"770\" height=\"160\"")
                .endsWith("</svg>\n<figcaption>caption</figcaption>\n</figure>\n");
    }

    @Test
    void heatMapCellsGiveCountAndShareOfTheGoldRow() {
        StringBuilder out = new StringBuilder();
        new SvgChartWriter(out).heatMap("alpha", ConfusionMatrix.of(new int[][] {{1, 0, 0}, {0, 0, 1}, {0, 0, 0}}),
                0.5);

        assertThat(out.toString()).contains(
                "<g><title>gold AGAINST, predicted NONE: 1 of 1 (100.0 % of gold AGAINST)</title>",
                "<g><title>gold NONE, predicted NONE: 0 of 0 (0.0 % of gold NONE)</title>",
                ">2 instances; accuracy 0.500</text>",
                "<figcaption>alpha: rows gold, columns predicted</figcaption>");
    }
}
