package org.newsbench.evaluation.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.ScoreRow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code report.json}: the figures of {@code scores.csv} plus the providers, their diagnostics and failures, the
 * significance tests and the statistics settings; timings under their own key, the only part that varies between runs.
 */
public final class JsonReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonReportWriter() {
    }

    public static String render(EvaluationResult result) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("corpus", Map.of(
                "documents", result.gold().documents().stream().map(d -> d.id()).toList(),
                "entityMentions", result.gold().entities().size(),
                "stanceInstances", result.gold().stances().size(),
                "targets", result.gold().targets().stream().map(t -> t.id()).toList()));
        root.put("statistics", result.statistics());
        root.put("providers", result.runs().stream().map(JsonReportWriter::provider).toList());
        root.put("scores", result.rows().stream().map(JsonReportWriter::row).toList());
        root.put("significance", result.significance());
        root.put("timing", result.runs().stream().filter(ProviderRun::ran)
                .map(run -> Map.of("provider", run.provider().id(), "timing", run.timing(),
                        "tokensPerSecond", run.timing().tokensPerSecond()))
                .toList());
        return JSON.writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> provider(ProviderRun run) {
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("id", run.provider().id());
        provider.put("description", run.provider().description());
        provider.put("library", run.provider().library());
        provider.put("libraryVersion", run.provider().libraryVersion());
        provider.put("version", run.provider().version());
        provider.put("tasks", run.provider().tasks().stream().map(Enum::name).sorted().toList());
        provider.put("needsTraining", run.provider().needsTraining());
        provider.put("status", run.status());
        provider.put("reason", run.reason());
        provider.put("protocol", run.protocol());
        provider.put("folds", run.folds());
        provider.put("failedDocuments", run.failedDocuments());
        provider.put("droppedLabels", run.diagnostics().droppedLabels());
        provider.put("notes", run.diagnostics().notes());
        return provider;
    }

    private static Map<String, Object> row(ScoreRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backend", row.backend());
        fields.put("task", row.task());
        fields.put("schema", row.schema());
        fields.put("scope", row.scope());
        fields.put("metric", row.metric());
        fields.put("value", row.value());
        if (row.hasInterval()) {
            fields.put("ciLow", row.ciLow());
            fields.put("ciHigh", row.ciHigh());
        }
        return fields;
    }

}
