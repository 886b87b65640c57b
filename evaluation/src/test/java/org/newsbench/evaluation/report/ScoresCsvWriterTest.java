package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.scoring.ScoreKey;
import org.newsbench.evaluation.scoring.ScoreMetric;
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.ScoreScope;
import org.newsbench.evaluation.scoring.ScoreTable;

class ScoresCsvWriterTest {

    @Test
    void oneRowPerFigureWithSixDecimalsCountsAsWholeNumbersAndNoIntervalLeftEmpty() throws Exception {
        ScoreTable table = new ScoreTable(List.of(
                new ScoreRow("alpha", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.F1),
                        2 / 3.0, 0.5, 0.8),
                ScoreRow.of("alpha", ScoreKey.entities(MatchSchema.TYPE, ScoreScope.type("PER"), ScoreMetric.SPU), 3),
                ScoreRow.of("beta", ScoreKey.entities(MatchSchema.EXACT, ScoreScope.document("d,1"),
                        ScoreMetric.RECALL), 0.25),
                new ScoreRow("alpha", ScoreKey.stance(ScoreScope.target("T1"), ScoreMetric.MACRO_F1), 0.125, 0,
                        1)));

        assertThat(ScoresCsvWriter.render(table, Map.of())).isEqualTo("""
                backend,task,schema,scope,metric,value,ci_low,ci_high
                alpha,entities,strict,micro,f1,0.666667,0.500000,0.800000
                alpha,entities,type,PER,spu,3,,
                beta,entities,exact,"doc:d,1",recall,0.250000,,
                alpha,stance,-,target:T1,macro_f1,0.125000,0,1
                """);
    }

    @Test
    void perDocumentFiguresOfAFailedDocumentReadFailed() throws Exception {
        ScoreTable table = new ScoreTable(List.of(
                ScoreRow.of("beta", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.document("d1"),
                        ScoreMetric.F1), 0.5),
                ScoreRow.of("beta", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.document("d2"),
                        ScoreMetric.F1), 0),
                ScoreRow.of("beta", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.document("d2"),
                        ScoreMetric.MIS), 4),
                ScoreRow.of("alpha", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.document("d2"),
                        ScoreMetric.F1), 1)));

        assertThat(ScoresCsvWriter.render(table, Map.of("beta", Set.of("d2")))).isEqualTo("""
                backend,task,schema,scope,metric,value,ci_low,ci_high
                beta,entities,strict,doc:d1,f1,0.500000,,
                beta,entities,strict,doc:d2,f1,failed,,
                beta,entities,strict,doc:d2,mis,failed,,
                alpha,entities,strict,doc:d2,f1,1,,
                """);
    }
}
