package org.newsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.CorpusAnnotationRequest;
import org.newsbench.evaluation.run.CorpusAnnotationResult;
import org.newsbench.evaluation.run.DocumentTimeLimit;
import org.newsbench.evaluation.run.EngineOptions;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.StanceQuestions;

/** A document that fails on Spark is one failure line with its reason; every other document keeps its predictions. */
class SparkDocumentFailureTest {

    private static SparkAnnotationEngine spark;

    @BeforeAll
    static void startSpark() {
        spark = new SparkAnnotationEngine(new EngineOptions(2, Optional.of("local[2]")));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void aBackendThatThrowsOnOneDocumentFailsThatDocumentOnly() {
        List<Document> documents = List.of(new Document("a", "Mali cut ties."), new Document("b", "It went BOOM here."),
                new Document("c", "Kyiv replied."), new Document("d", "PAST-END"), new Document("e", "Then Bamako."));
        ProviderRunner runner = new ProviderRunner(documents, null, StanceQuestions.fromBackendSentences(List.of()),
                new RunSettings(2, 0, EnumSet.of(Task.ENTITIES),
                        Map.of("test-brittle", ProviderConfiguration.of(Map.of("instance", "failure-test")))),
                AnnotationCache.disabled(), AnnotationProgress.SILENT, spark);
        int builtBefore = TestProviders.Brittle.CREATED.get();

        ProviderRun run = runner.run(new ProviderDiscovery().discover().stream()
                .filter(found -> found.id().equals("test-brittle")).findFirst().orElseThrow());
        runner.run(new ProviderDiscovery().discover().stream()
                .filter(found -> found.id().equals("test-brittle")).findFirst().orElseThrow());

        assertThat(run.status()).isEqualTo(RunStatus.RAN);
        assertThat(run.failedDocuments()).containsOnlyKeys("b", "d");
        assertThat(run.failedDocuments().get("b")).isEqualTo("IllegalStateException: backend exploded on b");
        assertThat(run.failedDocuments().get("d")).contains("past the end of the text");
        assertThat(run.entities()).containsExactly(
                new EntityMention("a", new Span(0, 4), "MISC", "Mali"),
                new EntityMention("c", new Span(0, 4), "MISC", "Kyiv"),
                new EntityMention("e", new Span(0, 4), "MISC", "Then"),
                new EntityMention("e", new Span(5, 11), "MISC", "Bamako"));
        // Two runs over several partitions: this JVM (the only executor in local mode) built the provider once for
        // this configuration.
        assertThat(TestProviders.Brittle.CREATED.get() - builtBefore).isEqualTo(1);
    }

    @Test
    @Timeout(10) // without the limit this run would never end
    void aDocumentPastTheTimeLimitFailsWithTheTimeoutAndThePartitionGoesOn() {
        // Nine documents in eight partitions (local[2] x 4): the last holds h, which hangs, and then i.
        List<Document> documents = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "i")) {
            documents.add(new Document(id, "Mali spoke."));
        }
        documents.add(new Document("h", "It will HANG here."));
        ProviderRunner runner = new ProviderRunner(documents, null, StanceQuestions.fromBackendSentences(List.of()),
                new RunSettings(2, 0, EnumSet.of(Task.ENTITIES), Map.of(), Duration.ofSeconds(1)),
                AnnotationCache.disabled(), AnnotationProgress.SILENT, spark);

        ProviderRun run = runner.run(new ProviderDiscovery().discover().stream()
                .filter(found -> found.id().equals("test-hangs")).findFirst().orElseThrow());

        assertThat(run.status()).isEqualTo(RunStatus.RAN);
        assertThat(run.failedDocuments()).containsExactly(Map.entry("h", "timeout after 1 s"));
        assertThat(run.entities()).extracting(EntityMention::docId)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "i");
    }

    @Test
    @Timeout(10)
    void aCorpusDocumentPastTheTimeLimitIsAFailureLine(@TempDir Path temp) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Mali cut ties.");
        Files.writeString(corpus.resolve("h.txt"), "It will HANG here.");

        CorpusAnnotationResult result = spark.annotateCorpus(new CorpusAnnotationRequest(corpus.toString(),
                temp.resolve("out").toString(), "test-hangs", ProviderConfiguration.EMPTY, EnumSet.of(Task.ENTITIES),
                List.of(), 1000, Duration.ofSeconds(1)));

        assertThat(result.failedDocuments()).isEqualTo(1);
        Map<String, PredictionJson.Line> lines = lines(temp.resolve("out/predictions/test-hangs"));
        assertThat(lines.get("h").failure()).isEqualTo("timeout after 1 s");
        assertThat(lines.get("a").entities()).containsExactly(new PredictionJson.Entity(0, 4, "MISC", "Mali", "MISC"));
    }

    @Test
    void aCorpusFolderGivesOneJsonLinePerDocumentWithUnreadableFilesAsFailures(@TempDir Path temp) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Mali cut ties.");
        Files.writeString(corpus.resolve("b.txt"), "It went BOOM here.");
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("empty.txt"), "");
        // The limit is 1,000 characters: the first is read and found too long, the second is too long by its size.
        Files.writeString(corpus.resolve("long.txt"), "a".repeat(1001));
        Files.writeString(corpus.resolve("huge.txt"), "a".repeat(3001));

        CorpusAnnotationResult result = spark.annotateCorpus(request(corpus.toUri().toString(), temp.resolve("out")));

        assertThat(result.documents()).isEqualTo(6);
        assertThat(result.failedDocuments()).isEqualTo(5);
        Map<String, PredictionJson.Line> lines = lines(temp.resolve("out/predictions/test-brittle"));
        assertThat(lines).containsOnlyKeys("a", "b", "latin1", "empty", "long", "huge");
        assertThat(lines.get("a").failure()).isNull();
        assertThat(lines.get("a").entities()).containsExactly(new PredictionJson.Entity(0, 4, "MISC", "Mali", "MISC"));
        assertThat(lines.get("b").failure()).isEqualTo("IllegalStateException: backend exploded on b");
        assertThat(lines.get("latin1").failure()).endsWith("latin1.txt: not valid UTF-8");
        assertThat(lines.get("empty").failure()).endsWith("document 'empty' is empty");
        assertThat(lines.get("long").failure())
                .endsWith("long.txt: document is longer than the limit of 1000 characters");
        assertThat(lines.get("huge").failure())
                .endsWith("huge.txt: document is longer than the limit of 1000 characters");
    }

    @Test
    void jsonLinesAreDocumentsAndAMalformedLineIsAFailureNamingFileAndOffset(@TempDir Path temp) throws IOException {
        Path jsonl = temp.resolve("news.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"Mali cut ties.\"}\n{\"id\":\"b\"\n"
                + "{\"id\":\"c\",\"text\":\"Kyiv replied.\"}\n");

        CorpusAnnotationResult result = spark.annotateCorpus(request(jsonl.toUri().toString(), temp.resolve("out")));

        assertThat(result.documents()).isEqualTo(3);
        assertThat(result.failedDocuments()).isEqualTo(1);
        Map<String, PredictionJson.Line> lines = lines(temp.resolve("out/predictions/test-brittle"));
        assertThat(lines.get("c").entities()).containsExactly(new PredictionJson.Entity(0, 4, "MISC", "Kyiv", "MISC"));
        String malformed = lines.keySet().stream().filter(id -> id.contains("news.jsonl")).findFirst().orElseThrow();
        assertThat(malformed).endsWith("news.jsonl at byte 35");
        assertThat(lines.get(malformed).failure()).contains("news.jsonl at byte 35: not JSON");
    }

    @Test
    void anExistingOutputIsRefusedNotOverwritten(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("out/predictions/test-brittle"));
        Files.writeString(temp.resolve("doc.txt"), "Mali.");

        assertThatThrownBy(() -> spark.annotateCorpus(request(temp.resolve("doc.txt").toString(), temp.resolve("out"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exists already");
    }

    private static CorpusAnnotationRequest request(String input, Path output) {
        return new CorpusAnnotationRequest(input, output.toString(), "test-brittle", ProviderConfiguration.EMPTY,
                EnumSet.of(Task.ENTITIES), List.of(), 1000, DocumentTimeLimit.DEFAULT);
    }

    /** Every line of every part file, by document id; a duplicate id fails. */
    static Map<String, PredictionJson.Line> lines(Path predictions) throws IOException {
        List<PredictionJson.Line> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(predictions)) {
            for (Path part : parts.filter(file -> file.getFileName().toString().startsWith("part-")).toList()) {
                Files.readAllLines(part).forEach(line -> all.add(PredictionJson.read(line)));
            }
        }
        Map<String, PredictionJson.Line> byId = new java.util.TreeMap<>();
        for (PredictionJson.Line line : all) {
            assertThat(byId.put(line.docId(), line)).as("duplicate line for " + line.docId()).isNull();
        }
        return byId;
    }
}
