package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldDescription;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.report.model.CorpusSummary;
import org.newsbench.evaluation.report.model.Diagnostic;
import org.newsbench.evaluation.report.model.DocumentCell;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ErrorList;
import org.newsbench.evaluation.report.model.ProtocolSummary;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.SignificanceTable;
import org.newsbench.evaluation.report.model.StanceSection;
import org.newsbench.evaluation.report.model.TimingRow;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.Protocol;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.RunTiming;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.ScoreKey;
import org.newsbench.evaluation.scoring.ScoreMetric;
import org.newsbench.evaluation.scoring.ScoreScope;
import org.newsbench.evaluation.scoring.StatisticsSettings;

/**
 * The builder on a scored run of two documents: alpha finds four of five gold mentions (one with the wrong type) and
 * gets one of two stances right; beta finds Alice only and failed on d2; gamma was unavailable.
 */
class ReportModelBuilderTest {

    private static final Document D1 = new Document("d1", "Alice met Bob in Paris.");
    private static final Document D2 = new Document("d2", "Dana spoke to  Kyiv.");
    private static final StanceTarget UKRAINE = new StanceTarget("UKRAINE", List.of("Kyiv"));
    private static final StanceInstance S1 = new StanceInstance("d1", new Span(0, 23), UKRAINE);
    private static final StanceInstance S2 = new StanceInstance("d2", new Span(0, 20), UKRAINE);

    private final ReportModel model = ReportModelBuilder.build(
            new BenchmarkScorer(gold(), new StatisticsSettings(50, 50, 7L, 0.95)).score(runs()));

    @Test
    void corpusSummaryCountsTokensMentionsAndSentencesOnce() {
        assertThat(model.corpus()).isEqualTo(new CorpusSummary(List.of("d1", "d2"), 9, 5,
                new java.util.TreeMap<>(Map.of("LOCATION", 2L, "PERSON", 3L)), 2, 2, List.of("UKRAINE"),
                Set.of(Task.ENTITIES, Task.STANCE),
                new CorpusSummary.GoldOrigin("csv", "CSV (the project's layout)", "", List.of())));
        assertThat(model.protocol()).isEqualTo(new ProtocolSummary(true, Optional.empty(), List.of(), Map.of()));
    }

    @Test
    void providerRowsKeepStatusReasonAndFailures() {
        assertThat(model.providers()).extracting(row -> row.id() + " " + row.status() + " " + row.reason())
                .containsExactly("alpha RAN ", "beta RAN 1 of 2 documents failed", "gamma UNAVAILABLE needs a model");
        assertThat(model.provider("beta").failedDocuments()).containsExactly(Map.entry("d2", "boom"));
    }

    @Test
    void perDocumentCellsAreAValueOrFailed() {
        EntitySection entities = model.entities().orElseThrow();

        assertThat(entities.providers()).containsExactly("alpha", "beta");
        assertThat(entities.types()).containsExactly("LOCATION", "PERSON");
        EntitySection.DocumentRow d1 = entities.documents().get(0);
        EntitySection.DocumentRow d2 = entities.documents().get(1);
        assertThat(d1.docId()).isEqualTo("d1");
        assertThat(d1.goldMentions()).isEqualTo(3);
        // alpha: Alice and Paris of three gold, three predicted; beta: Alice only
        assertThat(((DocumentCell.Scored) d1.cells().get(0)).value()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(((DocumentCell.Scored) d1.cells().get(1)).value()).isCloseTo(0.5, within(1e-12));
        assertThat(d2.goldMentions()).isEqualTo(2);
        assertThat(((DocumentCell.Scored) d2.cells().get(0)).value()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(d2.cells().get(1)).isInstanceOf(DocumentCell.Failed.class);
    }

    @Test
    void upToTheBoundThePerDocumentTableShowsEveryDocumentInCorpusOrder() {
        EntitySection.DocumentTable table = largeCorpusModel(ReportModelBuilder.DOCUMENT_TABLE_ROWS).entities()
                .orElseThrow().documentTable();

        assertThat(table.isSelection()).isFalse();
        assertThat(table.rows()).extracting(EntitySection.DocumentRow::docId).hasSize(50)
                .startsWith("d01", "d02", "d03").endsWith("d50");
    }

    @Test
    void aboveTheBoundThePerDocumentTableShowsTheLowestMeanStrictF1WorstFirst() {
        EntitySection entities = largeCorpusModel(53).entities().orElseThrow();
        EntitySection.DocumentTable table = entities.documentTable();

        assertThat(entities.documents()).hasSize(53);
        assertThat(table.notShown()).isEqualTo(3);
        // d10: alpha found nothing, mean (0 + 1) / 2; d40: beta failed, the same mean, later in the corpus;
        // d20: alpha found one of two, (2/3 + 1) / 2; then the perfect documents in corpus order
        assertThat(table.rows()).extracting(EntitySection.DocumentRow::docId).hasSize(50)
                .startsWith("d10", "d40", "d20", "d01", "d02").endsWith("d49", "d50");
        assertThat(table.rows().get(1).cells().get(1)).isInstanceOf(DocumentCell.Failed.class);
        // d53 has no gold mention and nobody predicted one: no error, so it ranks with the perfect ones (left out),
        // not first as its strict F1 of 0 would put it
        assertThat(((DocumentCell.Scored) entities.documents().get(52).cells().get(0)).value()).isZero();
        assertThat(table.rows()).extracting(EntitySection.DocumentRow::docId).doesNotContain("d51", "d52", "d53");
    }

    /**
     * {@code size} documents "Alice met Bob." (the last with no gold mention): alpha finds both names except on d10
     * (nothing) and d20 (Alice only); beta finds both and fails on d40.
     */
    private static ReportModel largeCorpusModel(int size) {
        List<Document> documents = new ArrayList<>();
        List<EntityMention> gold = new ArrayList<>();
        List<EntityMention> alpha = new ArrayList<>();
        List<EntityMention> beta = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Document document = new Document(String.format("d%02d", i), "Alice met Bob.");
            documents.add(document);
            List<EntityMention> both = List.of(mention(document, "Alice", "PERSON"), mention(document, "Bob", "PERSON"));
            if (i < size) {
                gold.addAll(both);
                beta.addAll(both);
                alpha.addAll(i == 10 ? List.of() : i == 20 ? both.subList(0, 1) : both);
            }
        }
        ProviderRun alphaRun = new ProviderRun(
                new ProviderDescriptor("alpha", "first", "lib-a", "1.0", "1", Set.of(Task.ENTITIES), false),
                RunStatus.RAN, "", Protocol.PRETRAINED, 0, alpha, List.of(), Map.of(), AnnotatorDiagnostics.NONE,
                new RunTiming(0, 0, 1, 3 * size, 0, size));
        ProviderRun betaRun = new ProviderRun(
                new ProviderDescriptor("beta", "second", "lib-b", "2.0", "1", Set.of(Task.ENTITIES), false),
                RunStatus.RAN, "1 of " + size + " documents failed", Protocol.PRETRAINED, 0,
                beta.stream().filter(mention -> !mention.docId().equals("d40")).toList(), List.of(),
                Map.of("d40", "boom"), AnnotatorDiagnostics.NONE, new RunTiming(0, 0, 1, 3 * size, 0, size - 1));
        GoldCorpus corpus = new GoldCorpus(documents, gold, List.of(), List.of());
        return ReportModelBuilder.build(new BenchmarkScorer(corpus, new StatisticsSettings(20, 20, 7L, 0.95))
                .score(List.of(alphaRun, betaRun)));
    }

    @Test
    void countsAreSummedOverDocumentsPerSchema() {
        var alphaStrict = model.entities().orElseThrow().counts().get(0);

        assertThat(alphaStrict.provider()).isEqualTo("alpha");
        assertThat(alphaStrict.schema()).isEqualTo(MatchSchema.STRICT);
        assertThat(alphaStrict.counts()).isEqualTo(new EntityCounts(3, 1, 0, 1, 0));
        assertThat(alphaStrict.precision()).isEqualTo(0.75);
        assertThat(alphaStrict.recall()).isEqualTo(0.6);
        assertThat(model.entities().orElseThrow().counts()).hasSize(8);
        assertThat(model.scores().find("alpha", ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO,
                ScoreMetric.F1)).orElseThrow().value()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void significanceTablesCarryTheSmallestAttainablePValue() {
        SignificanceTable entities = model.entities().orElseThrow().significance();

        assertThat(entities.figureName()).isEqualTo("Strict micro-F1");
        assertThat(entities.unitName()).isEqualTo("documents");
        assertThat(entities.pairedUnits()).isEqualTo(2);
        assertThat(entities.fewUnits()).isTrue();
        // 2 units: 4 swaps, the observed one and its mirror tie
        assertThat(entities.smallestAttainablePValue()).isEqualTo(0.5);
        assertThat(entities.rows()).hasSize(1);
        SignificanceTable.Row row = entities.rows().get(0);
        assertThat(row.providerA() + " " + row.providerB()).isEqualTo("alpha beta");
        assertThat(row.valueA()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(row.valueB()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(row.difference()).isCloseTo(1 / 3.0, within(1e-12));

        StanceSection stance = model.stance().orElseThrow();
        assertThat(stance.providers()).containsExactly("alpha");
        assertThat(stance.significance().rows()).isEmpty();
        assertThat(stance.confusion().get(0).matrix().count(StanceLabel.FAVOR, StanceLabel.AGAINST)).isEqualTo(1);
        assertThat(stance.confusion().get(0).matrix().count(StanceLabel.NONE, StanceLabel.NONE)).isEqualTo(1);
        assertThat(stance.confusion().get(0).accuracy()).isEqualTo(0.5);
    }

    @Test
    void errorListsPerProviderAndTaskThatRan() {
        assertThat(model.errors()).extracting(list -> list.provider() + " " + list.task() + " "
                        + list.errors().stream().map(ErrorList.Entry::kind).toList())
                .containsExactly("alpha ENTITIES [INC, MIS]", "alpha STANCE [STANCE]",
                        "beta ENTITIES [MIS, MIS, MIS, MIS]");
        assertThat(model.errors().get(0).errors().get(0))
                .isEqualTo(new ErrorList.Entry("d1", 10, 13, "INC", "PERSON", "LOCATION", "Alice met ", "Bob",
                        " in Paris."));
    }

    @Test
    void diagnosticsAndTimingsInRunOrder() {
        assertThat(model.diagnostics()).containsExactly(new Diagnostic.Note("alpha", "a note"),
                new Diagnostic.FailedDocument("beta", "d2", "boom"));
        assertThat(model.timings()).extracting(TimingRow::provider).containsExactly("alpha", "beta");
        assertThat(model.timings().get(0).tokensPerSecond()).isEqualTo(4500.0);
    }

    @Test
    void anEntityOnlyGoldGivesNoStanceSectionAndNamesItsFormatProtocolsAndTheTypesNoProviderPredicted() {
        GoldCorpus gold = gold();
        GoldCorpus entityOnly = new GoldCorpus(gold.documents(),
                java.util.stream.Stream.concat(gold.entities().stream(),
                        java.util.stream.Stream.of(mention(D2, "spoke", "MISC"))).toList(),
                List.of(), List.of(), new GoldDescription("conll", "test.conll", Set.of(Task.ENTITIES), List.of()));
        ProviderRun alpha = runs().get(0);
        ProviderRun trained = new ProviderRun(alpha.provider(), RunStatus.RAN, "", Protocol.TRAIN_TEST, 0,
                alpha.entities(), List.of(), Map.of(), AnnotatorDiagnostics.NONE, alpha.timing(),
                "train.conll (3 documents)");
        ProviderRun imported = new ProviderRun(
                new ProviderDescriptor("spacy", "imported", "-", "-", "1", Set.of(Task.ENTITIES), false),
                RunStatus.RAN, "", Protocol.PREDICTIONS_FILE, 0, List.of(mention(D1, "Alice", "PERSON")), List.of(),
                Map.of(), AnnotatorDiagnostics.NONE, RunTiming.NONE, "spacy.conll");
        ReportModel entities = ReportModelBuilder.build(new BenchmarkScorer(entityOnly,
                new StatisticsSettings(50, 50, 7L, 0.95)).score(List.of(trained, imported)));

        assertThat(entities.corpus().tasks()).containsExactly(Task.ENTITIES);
        assertThat(entities.corpus().gold())
                .isEqualTo(new CorpusSummary.GoldOrigin("conll", "CoNLL", "test.conll", List.of()));
        assertThat(entities.corpus().mentionsByType()).containsEntry("MISC", 1L);
        assertThat(entities.stance()).isEmpty();
        assertThat(entities.entities().orElseThrow().typesNoProviderPredicted()).containsExactly("MISC");
        assertThat(entities.protocol()).isEqualTo(new ProtocolSummary(false, Optional.empty(),
                List.of("train.conll (3 documents)"), Map.of("spacy", "spacy.conll")));
        assertThat(entities.errors()).extracting(ErrorList::task).containsOnly(Task.ENTITIES);
    }

    @Test
    void theProtocolNamesCrossValidationOnlyWhenAProviderWasCrossValidated() {
        ProviderRun alpha = runs().get(0);
        ProviderRun folded = new ProviderRun(alpha.provider(), RunStatus.RAN, "", Protocol.CROSS_VALIDATION, 2,
                alpha.entities(), alpha.stances(), Map.of(), AnnotatorDiagnostics.NONE, alpha.timing());
        ReportModel crossValidated = ReportModelBuilder.build(new BenchmarkScorer(gold(),
                new StatisticsSettings(50, 50, 7L, 0.95)).score(List.of(folded)));

        assertThat(crossValidated.protocol()).isEqualTo(new ProtocolSummary(false,
                Optional.of("leave-one-document-out (k = 2)"), List.of(), Map.of()));
    }

    @Test
    void aCsvGoldIsNamedWithoutItsPathWhichForTheBundledGoldIsInsideAJar() {
        GoldCorpus gold = gold();
        GoldCorpus bundled = new GoldCorpus(gold.documents(), gold.entities(), gold.stances(), gold.targets(),
                GoldDescription.csv("/gold/corpus"));

        assertThat(ReportModelBuilder.build(new BenchmarkScorer(bundled, new StatisticsSettings(50, 50, 7L, 0.95))
                .score(runs())).corpus().gold())
                .isEqualTo(new CorpusSummary.GoldOrigin("csv", "CSV (the project's layout)", "", List.of()));
    }

    private static GoldCorpus gold() {
        return new GoldCorpus(List.of(D1, D2),
                List.of(mention(D1, "Alice", "PERSON"), mention(D1, "Bob", "PERSON"), mention(D1, "Paris", "LOCATION"),
                        mention(D2, "Dana", "PERSON"), mention(D2, "Kyiv", "LOCATION")),
                List.of(new LabelledStance(S1, StanceLabel.NONE, ""), new LabelledStance(S2, StanceLabel.FAVOR, "")),
                List.of(UKRAINE));
    }

    private static List<ProviderRun> runs() {
        ProviderRun alpha = new ProviderRun(
                new ProviderDescriptor("alpha", "first", "lib-a", "1.0", "1", Set.of(Task.ENTITIES, Task.STANCE),
                        false),
                RunStatus.RAN, "", Protocol.PRETRAINED, 0,
                List.of(mention(D1, "Alice", "PERSON"), mention(D1, "Bob", "LOCATION"),
                        mention(D1, "Paris", "LOCATION"), mention(D2, "Dana", "PERSON")),
                List.of(new StancePrediction(S1, StanceLabel.NONE), new StancePrediction(S2, StanceLabel.AGAINST)),
                Map.of(), new AnnotatorDiagnostics(Map.of(), List.of("a note")), new RunTiming(0, 0, 2, 9, 0, 2));
        ProviderRun beta = new ProviderRun(
                new ProviderDescriptor("beta", "second", "lib-b", "2.0", "1", Set.of(Task.ENTITIES), false),
                RunStatus.RAN, "1 of 2 documents failed", Protocol.PRETRAINED, 0,
                List.of(mention(D1, "Alice", "PERSON")), List.of(), Map.of("d2", "boom"), AnnotatorDiagnostics.NONE,
                new RunTiming(0, 0, 1, 5, 0, 1));
        ProviderRun gamma = ProviderRun.notRun(
                new ProviderDescriptor("gamma", "third", "lib-c", "3.0", "1", Set.of(Task.ENTITIES), false),
                RunStatus.UNAVAILABLE, "needs a model");
        return List.of(alpha, beta, gamma);
    }

    private static EntityMention mention(Document document, String text, String type) {
        int start = document.text().indexOf(text);
        return new EntityMention(document.id(), new Span(start, start + text.length()), type, text);
    }
}
