package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.evaluation.gold.ConllGoldFormat;
import org.newsbench.evaluation.gold.CsvGoldFormat;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldDescription;
import org.newsbench.evaluation.gold.JsonlGoldFormat;
import org.newsbench.evaluation.metrics.ConfusionMatrix;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.EntityDocumentCounts;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.metrics.SentenceKey;
import org.newsbench.evaluation.metrics.StanceCounts;
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
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.WhitespaceTokens;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.PairedSignificance;
import org.newsbench.evaluation.scoring.ScoreKey;

/**
 * Turns a run's {@link EvaluationResult} into the one {@link ReportModel} every writer formats: everything that is
 * counted, summed or looked up for a report is done here, once.
 */
public final class ReportModelBuilder {

    /** Below this many paired units, the reports say how small a p-value can get. */
    private static final int FEW_PAIRED_UNITS = 20;

    /**
     * Above this many documents, report.md and report.html show only this many rows of the per-document table: a
     * table of every document of a benchmark is too long to read, and scores.csv and report.json hold them all.
     */
    static final int DOCUMENT_TABLE_ROWS = 50;

    private ReportModelBuilder() {
    }

    public static ReportModel build(EvaluationResult result) {
        GoldCorpus gold = result.gold();
        CorpusSummary corpus = corpus(gold);
        List<ProviderRow> providers = result.runs().stream().map(ReportModelBuilder::provider).toList();
        Map<String, ProviderRow> byId = providers.stream()
                .collect(Collectors.toMap(ProviderRow::id, Function.identity(), (a, b) -> a));
        Optional<EntitySection> entities = !gold.labels(Task.ENTITIES) || result.entityCounts().isEmpty()
                ? Optional.empty() : Optional.of(entities(result, byId));
        Optional<StanceSection> stance = !gold.labels(Task.STANCE) || result.stanceCounts().isEmpty()
                ? Optional.empty() : Optional.of(stance(result, corpus));
        return new ReportModel(corpus, result.statistics(), protocol(result), providers, result.scores(), entities,
                stance, errors(result), diagnostics(providers), timings(result));
    }

    private static ProtocolSummary protocol(EvaluationResult result) {
        List<ProviderRun> ran = result.runs().stream().filter(ProviderRun::ran).toList();
        boolean pretrained = ran.stream().anyMatch(run -> run.protocol() == Protocol.PRETRAINED);
        Optional<String> crossValidation = ran.stream().anyMatch(run -> run.protocol() == Protocol.CROSS_VALIDATION)
                ? Optional.of(result.crossValidationDescription()) : Optional.empty();
        List<String> trainedOn = ran.stream().filter(run -> run.protocol() == Protocol.TRAIN_TEST)
                .map(ProviderRun::source).distinct().toList();
        SortedMap<String, String> predictionFiles = new TreeMap<>();
        ran.stream().filter(run -> run.protocol() == Protocol.PREDICTIONS_FILE)
                .forEach(run -> predictionFiles.put(run.provider().id(), run.source()));
        return new ProtocolSummary(pretrained, crossValidation, trainedOn, predictionFiles);
    }

    private static CorpusSummary corpus(GoldCorpus gold) {
        long tokens = gold.documents().stream().mapToLong(document -> WhitespaceTokens.count(document.text()))
                .sum();
        SortedMap<String, Long> byType = new TreeMap<>(gold.entities().stream()
                .collect(Collectors.groupingBy(EntityMention::type, Collectors.counting())));
        int sentences = (int) gold.stances().stream().map(stance -> SentenceKey.of(stance.instance())).distinct()
                .count();
        return new CorpusSummary(gold.documents().stream().map(Document::id).toList(), tokens,
                gold.entities().size(), byType, gold.stances().size(), sentences,
                gold.targets().stream().map(StanceTarget::id).toList(), gold.description().tasks(), origin(gold));
    }

    /**
     * The gold's format and source. A CSV gold's source is left out: the reader cannot tell the bundled gold from a
     * user's folder, and the bundled gold's is a folder inside the gold module's jar ({@code /gold/corpus}, no path on
     * disk) or in its build output, which differs between machines.
     */
    private static CorpusSummary.GoldOrigin origin(GoldCorpus gold) {
        GoldDescription description = gold.description();
        String format = description.format();
        String name = switch (format) {
            case ConllGoldFormat.NAME -> "CoNLL";
            case JsonlGoldFormat.NAME -> "JSONL";
            case CsvGoldFormat.NAME -> "CSV (the project's layout)";
            default -> format;
        };
        String source = format.equals(CsvGoldFormat.NAME) ? "" : description.source();
        return new CorpusSummary.GoldOrigin(format, name, source, description.notes());
    }

    private static ProviderRow provider(ProviderRun run) {
        return new ProviderRow(run.provider(), run.status(), run.reason(), run.protocol(), run.folds(),
                run.protocolDescription(), new TreeMap<>(run.failedDocuments()), run.diagnostics());
    }

    private static EntitySection entities(EvaluationResult result, Map<String, ProviderRow> providers) {
        SortedMap<String, SortedMap<String, EntityDocumentCounts>> perProvider = result.entityCounts();
        List<SchemaCountsRow> counts = new ArrayList<>();
        perProvider.forEach((provider, perDocument) -> {
            EntityDocumentCounts total = perDocument.values().stream()
                    .reduce(EntityDocumentCounts.EMPTY, EntityDocumentCounts::plus);
            for (MatchSchema schema : MatchSchema.values()) {
                EntityCounts overall = total.overall(schema);
                counts.add(new SchemaCountsRow(provider, schema, overall, overall.precision(schema),
                        overall.recall(schema), overall.f1(schema)));
            }
        });
        List<EntitySection.DocumentRow> documents = new ArrayList<>();
        List<RankedRow> ranked = new ArrayList<>();
        for (Document document : result.gold().documents()) {
            List<DocumentCell> cells = new ArrayList<>();
            double rankingSum = 0;
            for (Map.Entry<String, SortedMap<String, EntityDocumentCounts>> provider : perProvider.entrySet()) {
                EntityDocumentCounts documentCounts = provider.getValue().get(document.id());
                boolean failed = documentCounts == null
                        || providers.get(provider.getKey()).failedDocuments().containsKey(document.id());
                cells.add(failed ? new DocumentCell.Failed()
                        : new DocumentCell.Scored(documentCounts.microF1(MatchSchema.STRICT)));
                rankingSum += rankingF1(failed ? null : documentCounts);
            }
            EntitySection.DocumentRow row = new EntitySection.DocumentRow(document.id(),
                    result.gold().entitiesOf(document.id()).size(), cells);
            documents.add(row);
            ranked.add(new RankedRow(row, rankingSum / perProvider.size()));
        }
        SignificanceTable significance = significance(result, BenchmarkScorer.ENTITY_SIGNIFICANCE,
                "Strict micro-F1", "documents", result.gold().documents().size());
        return new EntitySection(List.copyOf(perProvider.keySet()), List.copyOf(result.gold().entityTypes()), counts,
                documents, documentTable(ranked), significance,
                List.copyOf(result.entityTypesNoProviderPredicted()));
    }

    /** A document row with the mean strict F1 the per-document table ranks it by. */
    private record RankedRow(EntitySection.DocumentRow row, double meanF1) {
    }

    /**
     * A provider's strict F1 on a document as the per-document table ranks it: a failed document counts as 0 (it is
     * scored as predicting nothing), and a document with no gold mention on which the provider predicted nothing as
     * 1, since it holds no error (its F1 is 0 by the 0/0 convention).
     *
     * @param counts null when the provider failed on the document
     */
    private static double rankingF1(EntityDocumentCounts counts) {
        if (counts == null) {
            return 0;
        }
        EntityCounts strict = counts.overall(MatchSchema.STRICT);
        return strict.isZero() ? 1 : strict.f1(MatchSchema.STRICT);
    }

    /**
     * Every document in corpus order up to {@link #DOCUMENT_TABLE_ROWS}; above, those rows with the lowest mean
     * strict F1, worst first, ties in corpus order (a stable sort).
     */
    private static EntitySection.DocumentTable documentTable(List<RankedRow> ranked) {
        if (ranked.size() <= DOCUMENT_TABLE_ROWS) {
            return EntitySection.DocumentTable.all(ranked.stream().map(RankedRow::row).toList());
        }
        List<EntitySection.DocumentRow> worst = ranked.stream()
                .sorted(Comparator.comparingDouble(RankedRow::meanF1)).limit(DOCUMENT_TABLE_ROWS)
                .map(RankedRow::row).toList();
        return new EntitySection.DocumentTable(worst, ranked.size() - DOCUMENT_TABLE_ROWS);
    }

    private static StanceSection stance(EvaluationResult result, CorpusSummary corpus) {
        List<StanceSection.Confusion> confusion = new ArrayList<>();
        result.stanceCounts().forEach((provider, perSentence) -> {
            ConfusionMatrix matrix = perSentence.values().stream().reduce(StanceCounts.EMPTY, StanceCounts::plus)
                    .overall();
            confusion.add(new StanceSection.Confusion(provider, matrix, matrix.accuracy()));
        });
        SignificanceTable significance = significance(result, BenchmarkScorer.STANCE_SIGNIFICANCE, "F_avg",
                "sentences", corpus.stanceSentences());
        return new StanceSection(List.copyOf(result.stanceCounts().keySet()), corpus.targets(), confusion,
                significance);
    }

    private static SignificanceTable significance(EvaluationResult result, ScoreKey figure, String figureName,
                                                  String unitName, int units) {
        List<PairedSignificance> tests = result.significance().stream()
                .filter(test -> test.figure().equals(figure)).toList();
        List<SignificanceTable.Row> rows = tests.stream()
                .map(test -> new SignificanceTable.Row(test.providerA(), test.providerB(), test.valueA(),
                        test.valueB(), test.valueA() - test.valueB(), test.pValue(), test.shuffles()))
                .toList();
        double smallest = PairedSignificance.smallestAttainablePValue(units,
                result.statistics().randomizationShuffles());
        return new SignificanceTable(figure, figureName, unitName, units, smallest, units < FEW_PAIRED_UNITS, rows);
    }

    private static List<ErrorList> errors(EvaluationResult result) {
        // The one place that reads the error lists.
        ErrorListBuilder builder = new ErrorListBuilder(result);
        List<ErrorList> lists = new ArrayList<>();
        for (ProviderRun run : result.runs()) {
            String id = run.provider().id();
            if (!run.ran()) {
                continue;
            }
            if (result.entityCounts().containsKey(id)) {
                lists.add(errorList(id, Task.ENTITIES, builder.entityErrors(id)));
            }
            if (result.stanceCounts().containsKey(id)) {
                lists.add(errorList(id, Task.STANCE, builder.stanceErrors(id, run.stances())));
            }
        }
        return lists;
    }

    private static ErrorList errorList(String provider, Task task, List<ErrorExample> examples) {
        return new ErrorList(provider, task, examples.stream()
                .map(e -> new ErrorList.Entry(e.docId(), e.start(), e.end(), e.kind(), e.expected(), e.found(),
                        e.before(), e.text(), e.after()))
                .toList());
    }

    private static List<Diagnostic> diagnostics(List<ProviderRow> providers) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ProviderRow provider : providers) {
            provider.failedDocuments().forEach((doc, reason) ->
                    diagnostics.add(new Diagnostic.FailedDocument(provider.id(), doc, reason)));
            if (!provider.diagnostics().droppedLabels().isEmpty()) {
                diagnostics.add(new Diagnostic.DroppedLabels(provider.id(),
                        new TreeMap<>(provider.diagnostics().droppedLabels())));
            }
            provider.diagnostics().notes().forEach(note -> diagnostics.add(new Diagnostic.Note(provider.id(), note)));
        }
        return diagnostics;
    }

    private static List<TimingRow> timings(EvaluationResult result) {
        return result.runs().stream().filter(ProviderRun::ran)
                .map(run -> new TimingRow(run.provider().id(), run.timing(), run.timing().tokensPerSecond()))
                .toList();
    }
}
