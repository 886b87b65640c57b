package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.api.Task;
import org.newsbench.evaluation.report.model.CorpusSummary;
import org.newsbench.evaluation.report.model.DocumentCell;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ProtocolSummary;
import org.newsbench.evaluation.report.model.ProviderRow;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.SignificanceTable;
import org.newsbench.evaluation.report.model.StanceSection;
import org.newsbench.evaluation.scoring.ScoreRow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code report.json}: the figures of {@code scores.csv} plus the corpus and where its gold came from, the protocol,
 * the providers, their diagnostics and failures, strict F1 per document (or {@code "failed"}), the gold types no
 * provider predicted, the significance tests and the statistics settings; timings under their own key, the only part
 * that varies between runs. Formats a {@link ReportModel}; computes nothing.
 */
public final class JsonReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonReportWriter() {
    }

    public static String render(ReportModel model) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("corpus", corpus(model.corpus()));
        root.put("protocol", protocol(model.protocol()));
        model.entities().ifPresent(entities -> {
            root.put("entityDocuments", documents(entities));
            root.put("entityTypesNoProviderPredicted", entities.typesNoProviderPredicted());
        });
        var statistics = model.statistics();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("bootstrapResamples", statistics.bootstrapResamples());
        settings.put("randomizationShuffles", statistics.randomizationShuffles());
        settings.put("seed", statistics.seed());
        settings.put("confidenceLevel", statistics.confidenceLevel());
        settings.put("entityMatching", statistics.entityMatching().label());
        root.put("statistics", settings);
        root.put("providers", model.providers().stream().map(JsonReportWriter::provider).toList());
        root.put("scores", model.scores().rows().stream().map(JsonReportWriter::row).toList());
        List<SignificanceJson> significance = new ArrayList<>();
        model.entities().map(EntitySection::significance).ifPresent(table -> significance.addAll(tests(table)));
        model.stance().map(StanceSection::significance).ifPresent(table -> significance.addAll(tests(table)));
        root.put("significance", significance);
        root.put("timing", model.timings().stream()
                .map(row -> Map.of("provider", row.provider(), "timing", row.timing(),
                        "tokensPerSecond", row.tokensPerSecond()))
                .toList());
        return JSON.writeValueAsString(root) + "\n";
    }

    /** Only the gold of the tasks the corpus labels. */
    private static Map<String, Object> corpus(CorpusSummary corpus) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("documents", corpus.documentIds());
        fields.put("gold", Map.of("format", corpus.gold().format(), "source", corpus.gold().source(),
                "notes", corpus.gold().notes(),
                "tasks", corpus.tasks().stream().map(Enum::name).toList()));
        if (corpus.labels(Task.ENTITIES)) {
            fields.put("entityMentions", corpus.entityMentions());
        }
        if (corpus.labels(Task.STANCE)) {
            fields.put("stanceInstances", corpus.stanceInstances());
            fields.put("targets", corpus.targets());
        }
        return fields;
    }

    private static Map<String, Object> protocol(ProtocolSummary protocol) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pretrained", protocol.pretrained());
        protocol.crossValidation().ifPresent(folds -> fields.put("crossValidation", folds));
        fields.put("trainedOn", protocol.trainedOn());
        fields.put("predictionFiles", protocol.predictionFiles());
        return fields;
    }

    private static Map<String, Object> provider(ProviderRow row) {
        var descriptor = row.descriptor();
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("id", descriptor.id());
        provider.put("description", descriptor.description());
        provider.put("library", descriptor.library());
        provider.put("libraryVersion", descriptor.libraryVersion());
        provider.put("version", descriptor.version());
        provider.put("tasks", descriptor.tasks().stream().map(Enum::name).sorted().toList());
        provider.put("needsTraining", descriptor.needsTraining());
        provider.put("status", row.status());
        provider.put("reason", row.reason());
        provider.put("protocol", row.protocol());
        provider.put("folds", row.folds());
        provider.put("protocolDescription", row.protocolDescription());
        provider.put("failedDocuments", row.failedDocuments());
        provider.put("droppedLabels", row.diagnostics().droppedLabels());
        provider.put("notes", row.diagnostics().notes());
        return provider;
    }

    private static Map<String, Object> row(ScoreRow row) {
        List<String> labels = row.key().labels();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backend", row.backend());
        fields.put("task", labels.get(0));
        fields.put("schema", labels.get(1));
        fields.put("scope", labels.get(2));
        fields.put("metric", labels.get(3));
        fields.put("value", row.value());
        if (row.hasInterval()) {
            fields.put("ciLow", row.ciLow());
            fields.put("ciHigh", row.ciHigh());
        }
        return fields;
    }

    /** Strict micro-F1 per document and provider: a number, or {@code "failed"} where the provider failed. */
    private static List<Map<String, Object>> documents(EntitySection entities) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (EntitySection.DocumentRow row : entities.documents()) {
            Map<String, Object> strictF1 = new LinkedHashMap<>();
            for (int p = 0; p < entities.providers().size(); p++) {
                DocumentCell cell = row.cells().get(p);
                strictF1.put(entities.providers().get(p),
                        cell instanceof DocumentCell.Scored scored ? scored.value() : FigureFormat.FAILED);
            }
            documents.add(Map.of("document", row.docId(), "goldMentions", row.goldMentions(), "strictF1", strictF1));
        }
        return documents;
    }

    private static List<SignificanceJson> tests(SignificanceTable table) {
        List<String> labels = table.figure().labels();
        return table.rows().stream()
                .map(test -> new SignificanceJson(labels.get(0), labels.get(3), test.providerA(), test.providerB(),
                        test.valueA(), test.valueB(), test.pValue(), test.shuffles(), test.difference(),
                        table.pairedUnits(), table.smallestAttainablePValue()))
                .toList();
    }

    /** One test as in {@code report.json}; a record, so that its fields keep this order. */
    private record SignificanceJson(String task, String metric, String providerA, String providerB, double valueA,
                                    double valueB, double pValue, int shuffles, double difference, int pairedUnits,
                                    double smallestAttainablePValue) {
    }
}
