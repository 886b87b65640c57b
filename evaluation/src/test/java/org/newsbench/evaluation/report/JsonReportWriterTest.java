package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void topLevelKeysAreSortedWithTimingLast() throws Exception {
        String json = JsonReportWriter.render(ReportModelFixture.model());
        List<String> keys = new ArrayList<>();
        JSON.readTree(json).fieldNames().forEachRemaining(keys::add);

        assertThat(keys).containsExactly("corpus", "entityDocuments", "entityTypesNoProviderPredicted", "protocol",
                "providers", "scores", "significance", "statistics", "timing");
        assertThat(json).startsWith("{\n  \"corpus\" : {\n    \"documents\" : [ \"d1\", \"d2\" ],\n").endsWith("}\n");
    }

    @Test
    void corpusProvidersAndStatistics() throws Exception {
        JsonNode root = JSON.readTree(JsonReportWriter.render(ReportModelFixture.model()));

        assertThat(root.get("corpus")).isEqualTo(JSON.readTree("""
                {"documents": ["d1", "d2"], "entityMentions": 3, "stanceInstances": 2, "targets": ["T1"],
                 "gold": {"format": "jsonl", "source": "gold/test.jsonl", "notes": [], "tasks": ["ENTITIES", "STANCE"]}}                """));
        assertThat(root.get("protocol")).isEqualTo(JSON.readTree("""
                {"pretrained": true, "crossValidation": "leave-one-document-out (k = 2)", "trainedOn": [],
                 "predictionFiles": {}}"""));
        assertThat(root.get("providers").get(1)).isEqualTo(JSON.readTree("""
                {"description": "second", "droppedLabels": {}, "failedDocuments": {"d2": "timeout after 5 s"},
                 "folds": 2, "protocolDescription": "2-fold cross-validation", "id": "beta", "library": "none", "libraryVersion": "-", "needsTraining": true,
                 "notes": [], "protocol": "CROSS_VALIDATION", "reason": "1 of 2 documents failed", "status": "RAN",
                 "tasks": ["ENTITIES"], "version": "1"}"""));
        assertThat(root.get("providers").get(0).get("droppedLabels")).isEqualTo(JSON.readTree("{\"DATE\": 2}"));
        assertThat(root.get("statistics")).isEqualTo(JSON.readTree("""
                {"bootstrapResamples": 200, "randomizationShuffles": 1000, "seed": 7, "confidenceLevel": 0.95,
                 "entityMatching": "nervaluate"}"""));
    }

    @Test
    void scoresCarryTheirCoordinatesAsInScoresCsv() throws Exception {
        JsonNode scores = JSON.readTree(JsonReportWriter.render(ReportModelFixture.model())).get("scores");

        assertThat(scores).hasSize(24);
        assertThat(scores.get(0)).isEqualTo(JSON.readTree("""
                {"backend": "alpha", "task": "entities", "schema": "strict", "scope": "micro", "metric": "precision",
                 "value": 0.8, "ciLow": 0.7, "ciHigh": 0.9}"""));
        // a count: no interval
        assertThat(scores.get(9)).isEqualTo(JSON.readTree("""
                {"backend": "alpha", "task": "entities", "schema": "strict", "scope": "micro", "metric": "cor",
                 "value": 2.0}"""));
        assertThat(scores.get(23)).isEqualTo(JSON.readTree("""
                {"backend": "alpha", "task": "stance", "schema": "-", "scope": "target:T1", "metric": "f_avg",
                 "value": 0.25, "ciLow": 0.0, "ciHigh": 0.5}"""));
    }

    @Test
    void strictF1PerDocumentReadsFailedWhereTheProviderFailed() throws Exception {
        JsonNode root = JSON.readTree(JsonReportWriter.render(ReportModelFixture.model()));

        assertThat(root.get("entityDocuments")).isEqualTo(JSON.readTree("""
                [{"document": "d1", "goldMentions": 2, "strictF1": {"alpha": 0.8, "beta": 0.5}},
                 {"document": "d2", "goldMentions": 1, "strictF1": {"alpha": 0.5, "beta": "failed"}}]"""));
    }

    @Test
    void significanceTestsWithTheirSmallestAttainablePValue() throws Exception {
        JsonNode root = JSON.readTree(JsonReportWriter.render(ReportModelFixture.model()));

        assertThat(root.get("significance")).isEqualTo(JSON.readTree("""
                [{"task": "entities", "metric": "f1", "providerA": "alpha", "providerB": "beta", "valueA": 0.72,
                  "valueB": 0.4, "pValue": 0.5, "shuffles": 1000, "difference": 0.32, "pairedUnits": 2,
                  "smallestAttainablePValue": 0.5}]"""));
    }

    @Test
    void anEntityOnlyGoldHasNoStanceKeysAndListsTheTypesNoProviderPredicted() throws Exception {
        JsonNode root = JSON.readTree(JsonReportWriter.render(ReportModelFixture.entityOnly()));

        assertThat(root.get("corpus")).isEqualTo(JSON.readTree("""
                {"documents": ["d1", "d2"], "entityMentions": 4,
                 "gold": {"format": "brat", "source": "ann/", "tasks": ["ENTITIES"],
                          "notes": ["2 brat annotation lines other than entities (T) left aside"]}}"""));
        assertThat(root.get("protocol")).isEqualTo(JSON.readTree("""
                {"pretrained": false, "trainedOn": ["train/ (3 documents)"],
                 "predictionFiles": {"alpha": "alpha.conll"}}"""));
        assertThat(root.get("entityTypesNoProviderPredicted")).isEqualTo(JSON.readTree("[\"MISC\"]"));
        assertThat(root.get("significance")).hasSize(1);
        assertThat(root.get("significance").get(0).get("task").asText()).isEqualTo("entities");
    }

    @Test
    void timingPerProviderThatRan() throws Exception {
        JsonNode timing = JSON.readTree(JsonReportWriter.render(ReportModelFixture.model())).get("timing");

        assertThat(timing).hasSize(2);
        assertThat(timing.get(1)).isEqualTo(JSON.readTree("""
                {"provider": "beta", "timing": {"loadMillis": 0, "fitMillis": 0, "annotateMillis": 0, "tokens": 0,
                 "cachedDocuments": 2, "annotatedDocuments": 0}, "tokensPerSecond": 0.0}"""));
    }
}
