package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.report.model.CorpusSummary;
import org.newsbench.evaluation.report.model.Diagnostic;
import org.newsbench.evaluation.report.model.DocumentCell;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ErrorList;
import org.newsbench.evaluation.report.model.ProtocolSummary;
import org.newsbench.evaluation.report.model.ProviderRow;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.SchemaCountsRow;
import org.newsbench.evaluation.report.model.SignificanceTable;
import org.newsbench.evaluation.report.model.StanceSection;
import org.newsbench.evaluation.report.model.TimingRow;
import org.newsbench.evaluation.run.Protocol;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.RunTiming;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.ScoreKey;
import org.newsbench.evaluation.scoring.ScoreMetric;
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.ScoreScope;
import org.newsbench.evaluation.scoring.ScoreTable;
import org.newsbench.evaluation.scoring.StatisticsSettings;

/**
 * A small report model written out by hand, for the writers' tests: two documents (d1, d2), gold types LOC and PER,
 * one target T1; {@code alpha} ran both tasks, {@code beta} ran entities and failed on d2, {@code gamma} was
 * unavailable, {@code delta}'s task was not selected. beta has no {@code type} F1 (it renders as "-"); only alpha
 * ran stance, so stance has no significance rows.
 */
final class ReportModelFixture {

    static final StatisticsSettings STATISTICS = new StatisticsSettings(200, 1000, 7L, 0.95);

    private static final EntitySection.DocumentRow D1 = new EntitySection.DocumentRow("d1", 2,
            List.of(new DocumentCell.Scored(0.8), new DocumentCell.Scored(0.5)));
    private static final EntitySection.DocumentRow D2 = new EntitySection.DocumentRow("d2", 1,
            List.of(new DocumentCell.Scored(0.5), new DocumentCell.Failed()));
    private static final List<EntitySection.DocumentRow> DOCUMENTS = List.of(D1, D2);

    private ReportModelFixture() {
    }

    static ReportModel model() {
        return model(List.of(
                new ErrorList("alpha", Task.ENTITIES, List.of(
                        new ErrorList.Entry("d2", 4, 7, "MIS", "PER", "", "met ", "Bob", " at noon."))),
                new ErrorList("alpha", Task.STANCE, List.of(
                        new ErrorList.Entry("d1", 0, 12, "STANCE", "T1 AGAINST", "T1 NONE", "", "Kyiv | fell.",
                                ""))),
                new ErrorList("beta", Task.ENTITIES, List.of())));
    }

    static ReportModel model(List<ErrorList> errors) {
        ProviderRow alpha = new ProviderRow(
                new ProviderDescriptor("alpha", "first <one>", "lib-a", "1.0", "1", Set.of(Task.STANCE, Task.ENTITIES),
                        false),
                RunStatus.RAN, "", Protocol.PRETRAINED, 0, "pretrained, all documents", new TreeMap<>(),
                new AnnotatorDiagnostics(Map.of("DATE", 2L), List.of("a note")));
        ProviderRow beta = new ProviderRow(
                new ProviderDescriptor("beta", "second", "none", "-", "1", Set.of(Task.ENTITIES), true),
                RunStatus.RAN, "1 of 2 documents failed", Protocol.CROSS_VALIDATION, 2, "2-fold cross-validation",
                new TreeMap<>(Map.of("d2", "timeout after 5 s")), AnnotatorDiagnostics.NONE);
        ProviderRow gamma = new ProviderRow(
                new ProviderDescriptor("gamma", "third", "lib-c", "3.0", "1", Set.of(Task.ENTITIES), false),
                RunStatus.UNAVAILABLE, "needs a model", Protocol.NOT_RUN, 0, "-", new TreeMap<>(),
                AnnotatorDiagnostics.NONE);
        ProviderRow delta = new ProviderRow(
                new ProviderDescriptor("delta", "fourth", "lib-d", "4.0", "1", Set.of(Task.STANCE), false),
                RunStatus.NOT_APPLICABLE, "stance was not selected", Protocol.NOT_RUN, 0, "-", new TreeMap<>(),
                AnnotatorDiagnostics.NONE);

        List<ScoreRow> scores = new ArrayList<>();
        entity(scores, "alpha", MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.PRECISION, 0.8, 0.7, 0.9);
        entity(scores, "alpha", MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.RECALL, 2 / 3.0, 0.5, 0.8);
        entity(scores, "alpha", MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.F1, 0.72, 0.6, 0.85);
        entity(scores, "alpha", MatchSchema.EXACT, ScoreScope.MICRO, ScoreMetric.F1, 0.75, 0.6, 0.9);
        entity(scores, "alpha", MatchSchema.PARTIAL, ScoreScope.MICRO, ScoreMetric.F1, 0.8, 0.7, 0.9);
        entity(scores, "alpha", MatchSchema.TYPE, ScoreScope.MICRO, ScoreMetric.F1, 0.72, 0.6, 0.85);
        entity(scores, "alpha", MatchSchema.STRICT, ScoreScope.MACRO, ScoreMetric.F1, 0.7, 0.55, 0.8);
        entity(scores, "alpha", MatchSchema.STRICT, ScoreScope.type("LOC"), ScoreMetric.F1, 1, 1, 1);
        entity(scores, "alpha", MatchSchema.STRICT, ScoreScope.type("PER"), ScoreMetric.F1, 0.4, 0, 2 / 3.0);
        scores.add(ScoreRow.of("alpha", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.COR), 2));
        entity(scores, "beta", MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.PRECISION, 0.5, 0.2, 0.8);
        entity(scores, "beta", MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.RECALL, 1 / 3.0, 0.1, 0.6);
        entity(scores, "beta", MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.F1, 0.4, 0.15, 0.65);
        entity(scores, "beta", MatchSchema.EXACT, ScoreScope.MICRO, ScoreMetric.F1, 0.4, 0.15, 0.65);
        entity(scores, "beta", MatchSchema.PARTIAL, ScoreScope.MICRO, ScoreMetric.F1, 0.5, 0.2, 0.7);
        entity(scores, "beta", MatchSchema.STRICT, ScoreScope.MACRO, ScoreMetric.F1, 0.3, 0.1, 0.5);
        entity(scores, "beta", MatchSchema.STRICT, ScoreScope.type("LOC"), ScoreMetric.F1, 0.5, 0, 1);
        entity(scores, "beta", MatchSchema.STRICT, ScoreScope.type("PER"), ScoreMetric.F1, 0, 0, 0);
        stance(scores, ScoreScope.ALL_TARGETS, ScoreMetric.ACCURACY, 0.5);
        stance(scores, ScoreScope.ALL_TARGETS, ScoreMetric.F_AVG, 0.25);
        stance(scores, ScoreScope.ALL_TARGETS, ScoreMetric.MACRO_F1, 1 / 3.0);
        stance(scores, ScoreScope.ALL_TARGETS, ScoreMetric.KAPPA, 0.1);
        stance(scores, ScoreScope.target("T1"), ScoreMetric.ACCURACY, 0.5);
        stance(scores, ScoreScope.target("T1"), ScoreMetric.F_AVG, 0.25);

        EntitySection entities = new EntitySection(List.of("alpha", "beta"), List.of("LOC", "PER"),
                List.of(new SchemaCountsRow("alpha", MatchSchema.STRICT, new EntityCounts(2, 0, 0, 1, 0), 1, 2 / 3.0,
                                0.8),
                        new SchemaCountsRow("beta", MatchSchema.STRICT, new EntityCounts(1, 1, 0, 1, 0), 0.5, 1 / 3.0,
                                0.4)),
                DOCUMENTS, EntitySection.DocumentTable.all(DOCUMENTS),
                new SignificanceTable(BenchmarkScorer.ENTITY_SIGNIFICANCE, "Strict micro-F1", "documents", 2, 0.5,
                        true, List.of(new SignificanceTable.Row("alpha", "beta", 0.72, 0.4, 0.32, 0.5, 1000))),
                List.of());
        StanceSection stance = new StanceSection(List.of("alpha"), List.of("T1"),
                List.of(new StanceSection.Confusion("alpha",
                        ConfusionMatrix.of(new int[][] {{1, 0, 0}, {0, 0, 1}, {0, 0, 0}}), 0.5)),
                new SignificanceTable(BenchmarkScorer.STANCE_SIGNIFICANCE, "F_avg", "sentences", 2, 0.5, true,
                        List.of()));
        return new ReportModel(
                new CorpusSummary(List.of("d1", "d2"), 12, 3, new TreeMap<>(Map.of("LOC", 2L, "PER", 1L)), 2, 2,
                        List.of("T1"), Set.of(Task.ENTITIES, Task.STANCE),
                        new CorpusSummary.GoldOrigin("jsonl", "JSONL", "gold/test.jsonl", List.of())),
                STATISTICS, new ProtocolSummary(true, Optional.of("leave-one-document-out (k = 2)"), List.of(),
                        Map.of()),
                List.of(alpha, beta, gamma, delta), new ScoreTable(scores),
                Optional.of(entities), Optional.of(stance), errors,
                List.of(new Diagnostic.DroppedLabels("alpha", new TreeMap<>(Map.of("DATE", 2L))),
                        new Diagnostic.Note("alpha", "a note"),
                        new Diagnostic.FailedDocument("beta", "d2", "timeout after 5 s")),
                List.of(new TimingRow("alpha", new RunTiming(1200, 0, 3400, 500, 0, 2), 500 / 3.4),
                        new TimingRow("beta", new RunTiming(0, 0, 0, 0, 2, 0), 0)));
    }

    /**
     * The same providers on an entity-only brat gold that also has MISC, which no provider predicted: no stance
     * section, no stance error list; beta trained on a separate training set and alpha's predictions read from a
     * file.
     */
    static ReportModel entityOnly() {
        ReportModel model = model();
        EntitySection entities = model.entities().orElseThrow();
        return new ReportModel(
                new CorpusSummary(List.of("d1", "d2"), 12, 4,
                        new TreeMap<>(Map.of("LOC", 2L, "MISC", 1L, "PER", 1L)), 0, 0, List.of(),
                        Set.of(Task.ENTITIES), new CorpusSummary.GoldOrigin("brat", "brat", "ann/",
                        List.of("2 brat annotation lines other than entities (T) left aside"))),
                STATISTICS, new ProtocolSummary(false, Optional.empty(), List.of("train/ (3 documents)"),
                        Map.of("alpha", "alpha.conll")),
                model.providers(), model.scores(),
                Optional.of(new EntitySection(entities.providers(), List.of("LOC", "MISC", "PER"), entities.counts(),
                        entities.documents(), entities.documentTable(), entities.significance(), List.of("MISC"))),
                Optional.empty(), model.errors().stream().filter(list -> list.task() == Task.ENTITIES).toList(),
                model.diagnostics(), model.timings());
    }

    /**
     * The model as the builder makes it for a corpus above the per-document table's bound, scaled down: the table
     * shows d2, the document with the lower mean strict F1, and leaves d1 out.
     */
    static ReportModel documentSelection() {
        ReportModel model = model();
        EntitySection entities = model.entities().orElseThrow();
        return new ReportModel(model.corpus(), model.statistics(), model.protocol(), model.providers(),
                model.scores(),
                Optional.of(new EntitySection(entities.providers(), entities.types(), entities.counts(),
                        entities.documents(), new EntitySection.DocumentTable(List.of(D2), 1),
                        entities.significance(), entities.typesNoProviderPredicted())),
                model.stance(), model.errors(), model.diagnostics(), model.timings());
    }

    /** The same providers on a stance-only gold: no entity section, no entity error lists. */
    static ReportModel stanceOnly() {
        ReportModel model = model();
        return new ReportModel(
                new CorpusSummary(List.of("d1", "d2"), 12, 0, new TreeMap<>(), 2, 2, List.of("T1"),
                        Set.of(Task.STANCE), new CorpusSummary.GoldOrigin("jsonl", "JSONL", "stance.jsonl", List.of())),
                STATISTICS, model.protocol(), model.providers(), model.scores(), Optional.empty(), model.stance(),
                model.errors().stream().filter(list -> list.task() == Task.STANCE).toList(), model.diagnostics(),
                model.timings());
    }

    private static void entity(List<ScoreRow> scores, String provider, MatchSchema schema, ScoreScope scope,
                               ScoreMetric metric, double value, double low, double high) {
        scores.add(new ScoreRow(provider, ScoreKey.entities(schema, scope, metric), value, low, high));
    }

    private static void stance(List<ScoreRow> scores, ScoreScope scope, ScoreMetric metric, double value) {
        scores.add(new ScoreRow("alpha", ScoreKey.stance(scope, metric), value, value - 0.25, value + 0.25));
    }
}
