package org.newsbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.evaluation.discovery.DiscoveredProvider;
import org.newsbench.evaluation.discovery.ProviderDiscovery;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.run.AnnotationCache;
import org.newsbench.evaluation.run.AnnotationProgress;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.ProviderRunner;
import org.newsbench.evaluation.run.RunSettings;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.StanceQuestions;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.StatisticsSettings;

import com.sun.net.httpserver.HttpServer;

/**
 * External providers run through the real runner against the bundled gold, with the Java fixture backend started as
 * its own process (or served over HTTP on 127.0.0.1).
 */
class ExternalProviderTest {

    private static GoldCorpus gold;
    private static List<String> docIds;

    @TempDir
    Path dir;
    private Path goldFile;
    private final List<HttpServer> servers = new ArrayList<>();

    @BeforeAll
    static void readGold() throws Exception {
        gold = new GoldCorpusReader().read(GoldSource.bundled());
        docIds = gold.documents().stream().map(Document::id).toList();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    private Path goldFile(GoldCorpus corpus) throws IOException {
        Path file = dir.resolve("gold-" + corpus.documents().size() + ".jsonl");
        Files.write(file, FixtureBackendLogic.goldLines(corpus), StandardCharsets.UTF_8);
        return file;
    }

    private Path goldFile() throws IOException {
        if (goldFile == null) {
            goldFile = goldFile(gold);
        }
        return goldFile;
    }

    /** {@code key=value} pairs declaring provider {@code id}, as {@code external.<id>.<key>} would. */
    private static ExternalProvider provider(String id, String... keyValues) throws Exception {
        Map<String, String> keys = new HashMap<>();
        for (String keyValue : keyValues) {
            int equals = keyValue.indexOf('=');
            keys.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
        }
        return new ExternalProvider(ExternalProviderDeclaration.parse(id, ProviderConfiguration.of(keys)));
    }

    private static ProviderRun run(GoldCorpus corpus, int threads, int folds, Set<Task> tasks,
                                   ExternalProvider... providers) {
        Map<String, ProviderConfiguration> configurations = new HashMap<>();
        List<DiscoveredProvider> discovered = new ArrayList<>();
        for (ExternalProvider provider : providers) {
            configurations.put(provider.descriptor().id(), ProviderConfiguration.EMPTY);
            discovered.add(new DiscoveredProvider(provider.descriptor().id(), provider, provider.availability()));
        }
        ProviderRunner runner = new ProviderRunner(corpus.documents(), corpus, StanceQuestions.fromGold(corpus),
                new RunSettings(threads, folds, tasks, configurations), AnnotationCache.disabled(),
                AnnotationProgress.SILENT);
        ProviderRun last = null;
        for (DiscoveredProvider provider : discovered) {
            last = runner.run(provider);
            lastRuns.put(provider.id(), last);
        }
        return last;
    }

    private static final Map<String, ProviderRun> lastRuns = new LinkedHashMap<>();

    /** The gold's mentions but those of document {@code docId}: what a run that fails only that document predicts. */
    private static List<EntityMention> goldEntitiesExcept(String docId) {
        return gold.entities().stream().filter(mention -> !mention.docId().equals(docId)).toList();
    }

    private static double score(EvaluationResult result, String provider, String task, String schema, String scope,
                                String metric) {
        // The coordinates as scores.csv names them.
        List<String> wanted = List.of(provider, task, schema, scope, metric);
        return result.scores().rows().stream().filter(row -> row.labels().equals(wanted)).findFirst()
                .map(ScoreRow::value).orElseThrow();
    }

    @Test
    void anEchoBackendWhoseAnswersAreTheGoldScoresOne() throws Exception {
        ProviderRun run = run(gold, 2, 0, EnumSet.allOf(Task.class), provider("echo",
                "command=" + FixtureBackend.commandLine("--gold", goldFile().toString()), "tasks=ENTITIES,STANCE"));

        assertThat(run.status()).isEqualTo(RunStatus.RAN);
        assertThat(run.failedDocuments()).isEmpty();
        EvaluationResult result = new BenchmarkScorer(gold, new StatisticsSettings(20, 20, 1, 0.95))
                .score(List.of(run));
        assertThat(score(result, "echo", "entities", "strict", "micro", "f1")).isEqualTo(1.0);
        assertThat(score(result, "echo", "stance", "-", "all", "accuracy")).isEqualTo(1.0);
        assertThat(score(result, "echo", "stance", "-", "all", "macro_f1")).isEqualTo(1.0);
        assertThat(run.entities()).hasSize(gold.entities().size());
        assertThat(run.provider().libraryWithVersion()).isEqualTo("external program 1");
    }

    @Test
    void crashHangAndGarbageLoseExactlyThoseThreeDocumentsWithTheReasonForEach() throws Exception {
        String crash = docIds.get(0);
        String hang = docIds.get(1);
        String garbage = docIds.get(2);
        ExternalProvider faulty = provider("faulty", "command=" + FixtureBackend.commandLine("--gold",
                        goldFile().toString(), "--crash-on", crash, "--hang-on", hang, "--garbage-on", garbage),
                "tasks=ENTITIES", "timeout-seconds=3");
        ExternalProvider echo = provider("echo", "command=" + FixtureBackend.commandLine("--gold",
                goldFile().toString()), "tasks=ENTITIES");

        lastRuns.clear();
        run(gold, 1, 0, EnumSet.of(Task.ENTITIES), faulty, echo);
        ProviderRun faultyRun = lastRuns.get("faulty");
        ProviderRun echoRun = lastRuns.get("echo");

        assertThat(faultyRun.status()).isEqualTo(RunStatus.RAN);
        assertThat(faultyRun.failedDocuments()).containsOnlyKeys(crash, hang, garbage);
        assertThat(faultyRun.failedDocuments().get(crash))
                .contains("backend process exited with code 3").contains("fixture: crashing on " + crash);
        assertThat(faultyRun.failedDocuments().get(hang))
                .isEqualTo("timeout after 3 s; stderr: fixture: hanging on " + hang);
        assertThat(faultyRun.failedDocuments().get(garbage))
                .contains("backend answered document " + garbage + " with 'this is not json <<<" + garbage + "'")
                .contains("which is not JSON");
        Set<String> scored = Set.of(docIds.get(3), docIds.get(4));
        assertThat(faultyRun.entities()).isNotEmpty()
                .isEqualTo(gold.entities().stream().filter(mention -> scored.contains(mention.docId())).toList());
        assertThat(faultyRun.diagnostics().notes()).contains("backend process restarted 3 times");
        assertThat(echoRun.failedDocuments()).isEmpty();
        assertThat(echoRun.entities()).isEqualTo(gold.entities());
    }

    @Test
    void aResponseLineThatNeverEndsFailsThatDocumentAtTheBoundAndTheProcessIsRestarted() throws Exception {
        String endless = docIds.get(1);
        // The bound, not the 30 s timeout, must end the read.
        ProviderRun run = run(gold, 1, 0, EnumSet.of(Task.ENTITIES), provider("endless",
                "command=" + FixtureBackend.commandLine("--gold", goldFile().toString(), "--huge-on", endless),
                "tasks=ENTITIES", "max-response-bytes=65536", "timeout-seconds=30"));

        assertThat(run.failedDocuments()).containsExactly(Map.entry(endless, "the response to document " + endless
                + " is longer than 65536 bytes (external.endless.max-response-bytes); the rest was not read; "
                + "no stderr output"));
        assertThat(run.entities()).isNotEmpty().isEqualTo(goldEntitiesExcept(endless));
        assertThat(run.diagnostics().notes()).contains("backend process restarted 1 time");
    }

    @Test
    void aBackendThatKeepsCrashingIsGivenUpWithTheTailOfItsStderr() throws Exception {
        ProviderRun run = run(gold, 1, 0, EnumSet.of(Task.ENTITIES), provider("crashing",
                "command=" + FixtureBackend.commandLine("--crash-always"), "tasks=ENTITIES", "max-restarts=1"));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedDocuments()).containsOnlyKeys(docIds);
        assertThat(run.failedDocuments().get(docIds.get(4)))
                .startsWith("backend given up after 1 restart; last fault: backend process exited with code 3")
                .contains("stderr: fixture: crashing on " + docIds.get(0) + " | fixture: crashing on "
                        + docIds.get(1));
        assertThat(run.diagnostics().notes()).anyMatch(note -> note.startsWith("backend given up after 1 restart"));
    }

    @Test
    void twoWorkersAnnotateTwoDocumentsAtOnceAndNeverMore() throws Exception {
        Path inflight = Files.createDirectories(dir.resolve("inflight"));
        ProviderRun run = run(gold, 4, 0, EnumSet.of(Task.ENTITIES), provider("parallel",
                "command=" + FixtureBackend.commandLine("--gold", goldFile().toString(), "--inflight",
                        inflight.toString(), "--delay-ms", "700"), "tasks=ENTITIES", "workers=2"));

        assertThat(run.failedDocuments()).isEmpty();
        List<String[]> seen = Files.readAllLines(inflight.resolve("concurrency.log")).stream()
                .map(line -> line.split(" ")).toList();
        assertThat(seen).hasSize(docIds.size());
        assertThat(seen.stream().mapToInt(entry -> Integer.parseInt(entry[0])).max().orElseThrow()).isEqualTo(2);
        assertThat(seen.stream().map(entry -> entry[1]).distinct().count()).isEqualTo(2);
    }

    @Test
    void aTrainableBackendReceivesOneFitPerFoldWithExactlyThatFoldsTrainingDocuments() throws Exception {
        Path log = dir.resolve("trainable.log");
        ProviderRun run = run(gold, 2, 0, EnumSet.of(Task.ENTITIES), provider("trained",
                "command=" + FixtureBackend.commandLine("--log", log.toString()), "tasks=ENTITIES",
                "trainable=true"));

        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.folds()).isEqualTo(5);
        List<String> lines = Files.readAllLines(log);
        assertThat(lines.get(0)).startsWith("start ");
        assertThat(lines.stream().filter(line -> line.startsWith("start "))).hasSize(1);
        List<String> events = lines.subList(1, lines.size());
        // Leave-one-out over the five documents: fit on four, then annotate the fifth.
        assertThat(events).hasSize(10);
        Set<String> annotated = new HashSet<>();
        for (int fold = 0; fold < 5; fold++) {
            String[] fit = events.get(2 * fold).split(" ");
            String[] request = events.get(2 * fold + 1).split(" ");
            assertThat(fit[0]).isEqualTo("fit");
            assertThat(request[0]).isEqualTo("request");
            Set<String> training = new TreeSet<>(List.of(fit[1].split(",")));
            Set<String> expected = new TreeSet<>(docIds);
            expected.remove(request[1]);
            assertThat(training).isEqualTo(expected);
            long goldMentions = gold.entities().stream().filter(m -> training.contains(m.docId())).count();
            assertThat(fit[2]).isEqualTo("entities=" + goldMentions);
            annotated.add(request[1]);
        }
        assertThat(annotated).containsExactlyInAnyOrderElementsOf(docIds);
    }

    /** "🎉 Angela Merkel met 👋 Macron in Paris." with its gold in code points. */
    private static GoldCorpus emojiCorpus() {
        Document document = new Document("emoji", "\uD83C\uDF89 Angela Merkel met \uD83D\uDC4B Macron in Paris.");
        StanceTarget france = new StanceTarget("FRANCE", List.of("Paris"));
        return new GoldCorpus(List.of(document),
                List.of(new EntityMention("emoji", new Span(2, 15), "PERSON", "Angela Merkel"),
                        new EntityMention("emoji", new Span(22, 28), "PERSON", "Macron"),
                        new EntityMention("emoji", new Span(32, 37), "LOCATION", "Paris")),
                List.of(new LabelledStance(new StanceInstance("emoji", new Span(0, 38), france), StanceLabel.FAVOR,
                        "AUTHOR")),
                List.of(france));
    }

    @Test
    void utf16OffsetsAroundAnEmojiAreConvertedToCodePoints() throws Exception {
        GoldCorpus corpus = emojiCorpus();
        String command = FixtureBackend.commandLine("--gold", goldFile(corpus).toString(), "--utf16");

        ProviderRun utf16 = run(corpus, 1, 0, EnumSet.allOf(Task.class),
                provider("utf16", "command=" + command, "tasks=ENTITIES,STANCE", "offsets=utf16"));
        ProviderRun misdeclared = run(corpus, 1, 0, EnumSet.of(Task.ENTITIES),
                provider("misdeclared", "command=" + command, "tasks=ENTITIES"));

        assertThat(utf16.failedDocuments()).isEmpty();
        assertThat(utf16.entities()).containsExactly(
                new EntityMention("emoji", new Span(2, 15), "PERSON", "Angela Merkel"),
                new EntityMention("emoji", new Span(22, 28), "PERSON", "Macron"),
                new EntityMention("emoji", new Span(32, 37), "LOCATION", "Paris"));
        assertThat(utf16.stances()).extracting(StancePrediction::label).containsExactly(StanceLabel.FAVOR);
        assertThat(utf16.stances().get(0).instance().span()).isEqualTo(new Span(0, 38));
        // Read as code points, the same answers are shifted by the emoji; the last one ends past the text.
        assertThat(misdeclared.failedDocuments().get("emoji"))
                .startsWith("entity 3 {\"start\":34,\"end\":39,\"type\":\"LOCATION\"}")
                .endsWith("offset 39 is outside the text's [0, 38] (codepoint offsets)");
    }

    @Test
    void backendLabelsAreMappedThroughTheLabelsFileAndUnmappedOnesCounted() throws Exception {
        Path labels = dir.resolve("labels.properties");
        Files.writeString(labels, "person=PERSON\nlocation=LOCATION\norganization=ORGANIZATION\nmisc=\n");
        ProviderRun run = run(gold, 2, 0, EnumSet.of(Task.ENTITIES), provider("mapped",
                "command=" + FixtureBackend.commandLine("--gold", goldFile().toString(), "--lowercase-types"),
                "tasks=ENTITIES", "labels=" + labels));

        // Each mention keeps the backend's own label beside the mapped type.
        List<EntityMention> expected = gold.entities().stream().filter(m -> !m.type().equals("MISC"))
                .map(m -> new EntityMention(m.docId(), m.span(), m.type(), m.text(),
                        m.type().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        long misc = gold.entities().size() - expected.size();
        assertThat(misc).isPositive();
        assertThat(run.entities()).isEqualTo(expected);
        assertThat(run.diagnostics().droppedLabels()).containsExactly(Map.entry("misc", misc));
    }

    @Test
    void anErrorResponseFailsThatDocumentWithTheBackendsMessageAndKeepsTheProcess() throws Exception {
        Path log = dir.resolve("error.log");
        ProviderRun run = run(gold, 1, 0, EnumSet.of(Task.ENTITIES), provider("refusing",
                "command=" + FixtureBackend.commandLine("--gold", goldFile().toString(), "--error-on",
                        docIds.get(1), "--log", log.toString()), "tasks=ENTITIES"));

        assertThat(run.failedDocuments()).containsExactly(Map.entry(docIds.get(1),
                "backend reported an error for document " + docIds.get(1) + ": fixture refuses " + docIds.get(1)));
        assertThat(Files.readAllLines(log).stream().filter(line -> line.startsWith("start "))).hasSize(1);
    }

    @Test
    void aCommandThatCannotBeStartedMakesTheProviderUnavailableWithTheReason() throws Exception {
        ExternalProvider missing = provider("missing", "command=no-such-backend-program --serve", "tasks=ENTITIES");
        Path notExecutable = Files.writeString(dir.resolve("tagger.txt"), "not a program");
        ExternalProvider broken = provider("broken", "command=" + notExecutable, "tasks=ENTITIES");

        assertThat(missing.availability().isAvailable()).isFalse();
        assertThat(missing.availability().reason())
                .isEqualTo("cannot start 'no-such-backend-program': not found on the PATH "
                        + "(command: no-such-backend-program --serve)");
        assertThat(broken.availability().reason()).contains("no executable file there");
        List<DiscoveredProvider> found = new ProviderDiscovery().discover(List.of(missing));
        ProviderRun run = new ProviderRunner(gold.documents(), gold, StanceQuestions.fromGold(gold),
                new RunSettings(1, 0, EnumSet.of(Task.ENTITIES), Map.of()), AnnotationCache.disabled(),
                AnnotationProgress.SILENT).run(found.stream().filter(p -> p.id().equals("missing")).findFirst()
                .orElseThrow());
        assertThat(run.status()).isEqualTo(RunStatus.UNAVAILABLE);
        assertThat(run.reason()).startsWith("cannot start 'no-such-backend-program'");
    }

    /**
     * The fixture backend served over HTTP; beside {@link FixtureBackendLogic}'s options, {@code --stall-on ID} sends
     * the headers and the start of that document's answer, then nothing for 5 s.
     */
    private HttpServer fixtureServer(int port, String... options) throws IOException {
        Map<String, String> parsed = FixtureBackendLogic.options(options);
        FixtureBackendLogic logic = new FixtureBackendLogic(parsed);
        // Without TCP_NODELAY the JDK server's response waits ~40 ms for the client's delayed ACK (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/annotate", exchange -> {
            try {
                String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = FixtureBackendLogic.idOf(request);
                if (id.equals(parsed.get("--stall-on"))) {
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write(("{\"id\":\"" + id + "\"").getBytes(StandardCharsets.UTF_8));
                    exchange.getResponseBody().flush();
                    Thread.sleep(5_000);
                    return;
                }
                if (logic.answersEndlessly(request)) {
                    exchange.sendResponseHeaders(200, 0);
                    FixtureBackendLogic.writeEndlessAnswer(id, exchange.getResponseBody());
                }
                byte[] body = logic.answer(request).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(500, -1);
            } catch (IOException e) {
                // The client stopped reading an endless answer and closed the connection.
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        servers.add(server);
        return server;
    }

    @Test
    void anHttpBackendGivesTheSamePredictionsAsTheSameLogicOverStdio() throws Exception {
        HttpServer server = fixtureServer(0, "--gold", goldFile().toString());
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/annotate";

        ProviderRun http = run(gold, 2, 0, EnumSet.allOf(Task.class),
                provider("http", "url=" + url, "tasks=ENTITIES,STANCE", "workers=2"));
        ProviderRun stdio = run(gold, 2, 0, EnumSet.allOf(Task.class), provider("stdio",
                "command=" + FixtureBackend.commandLine("--gold", goldFile().toString()), "tasks=ENTITIES,STANCE"));

        assertThat(http.failedDocuments()).isEmpty();
        assertThat(http.provider().library()).isEqualTo("external HTTP service");
        assertThat(http.entities()).isEqualTo(stdio.entities()).isEqualTo(gold.entities());
        assertThat(http.stances()).isEqualTo(stdio.stances()).hasSize(gold.stances().size());
    }

    @Test
    void anHttpBackendIsPostedTheFitMessageOfEachFold() throws Exception {
        Path log = dir.resolve("http-fit.log");
        HttpServer server = fixtureServer(0, "--log", log.toString());

        ProviderRun run = run(gold, 2, 0, EnumSet.of(Task.ENTITIES), provider("http-trained",
                "url=http://127.0.0.1:" + server.getAddress().getPort() + "/annotate", "tasks=ENTITIES",
                "trainable=true"));

        assertThat(run.failedDocuments()).isEmpty();
        List<String> fits = Files.readAllLines(log).stream().filter(line -> line.startsWith("fit ")).toList();
        assertThat(fits).hasSize(5);
        assertThat(fits).allMatch(line -> line.split(" ")[1].split(",").length == 4);
    }

    @Test
    void anHttpBodyThatNeverEndsFailsThatDocumentAtTheBound() throws Exception {
        String endless = docIds.get(1);
        HttpServer server = fixtureServer(0, "--gold", goldFile().toString(), "--huge-on", endless);

        ProviderRun run = run(gold, 1, 0, EnumSet.of(Task.ENTITIES), provider("endless-http",
                "url=http://127.0.0.1:" + server.getAddress().getPort() + "/annotate", "tasks=ENTITIES",
                "max-response-bytes=65536", "timeout-seconds=30"));

        assertThat(run.failedDocuments()).containsExactly(Map.entry(endless, "the response to document " + endless
                + " is longer than 65536 bytes (external.endless-http.max-response-bytes); the rest was not read"));
        assertThat(run.entities()).isNotEmpty().isEqualTo(goldEntitiesExcept(endless));
        assertThat(run.diagnostics().notes()).isEmpty();
    }

    @Test
    void anHttpBackendThatStallsInTheMiddleOfItsBodyFailsThatDocumentAtTheTimeout() throws Exception {
        String stalled = docIds.get(2);
        HttpServer server = fixtureServer(0, "--gold", goldFile().toString(), "--stall-on", stalled);

        ProviderRun run = run(gold, 1, 0, EnumSet.of(Task.ENTITIES), provider("stalling",
                "url=http://127.0.0.1:" + server.getAddress().getPort() + "/annotate", "tasks=ENTITIES",
                "timeout-seconds=0.4"));

        assertThat(run.failedDocuments()).containsExactly(Map.entry(stalled, "timeout after 0.4 s"));
        assertThat(run.entities()).isNotEmpty().isEqualTo(goldEntitiesExcept(stalled));
    }

    @Test
    void theRunsDocumentTimeoutLeavesExternalBackendsToTheirOwnTimeout() throws Exception {
        HttpServer server = fixtureServer(0, "--gold", goldFile().toString());
        ExternalProvider http = provider("http-untimed", "url=http://127.0.0.1:" + server.getAddress().getPort()
                + "/annotate", "tasks=ENTITIES");
        GoldCorpus one = gold.restrictedTo(Set.of(docIds.get(0)));
        // A limit no HTTP exchange meets: were it applied, the document would fail with "timeout after 1 ms".
        RunSettings oneMillisecond = new RunSettings(1, 0, EnumSet.of(Task.ENTITIES), Map.of(),
                Duration.ofMillis(1));

        ProviderRun run = new ProviderRunner(one.documents(), one, StanceQuestions.fromGold(one), oneMillisecond,
                AnnotationCache.disabled(), AnnotationProgress.SILENT)
                .run(new DiscoveredProvider(http.descriptor().id(), http, http.availability()));

        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.entities()).isEqualTo(one.entities());
    }

    /** A port nothing listens on (for now). */
    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void anHttpConnectionThatFailsIsRetriedWithBackOff() throws Exception {
        int port = freePort();
        GoldCorpus one = gold.restrictedTo(Set.of(docIds.get(0)));
        String goldPath = goldFile().toString();
        int freePort = port;
        // Nothing listens for the first 300 ms: the first attempts are refused, a retry after back-off gets through.
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(300);
                fixtureServer(freePort, "--gold", goldPath);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        late.start();
        ProviderRun run = run(one, 1, 0, EnumSet.of(Task.ENTITIES),
                provider("late", "url=http://127.0.0.1:" + port + "/annotate", "tasks=ENTITIES"));
        late.join();

        assertThat(run.failedDocuments()).isEmpty();
        assertThat(run.entities()).isEqualTo(one.entities());
        assertThat(run.diagnostics().notes()).anyMatch(note -> note.matches("[12] HTTP requests? to .* retried after "
                + "a connection error"));
    }

    @Test
    void anHttpBackendThatNeverAnswersFailsEachDocumentAfterTheRetries() throws Exception {
        int port = freePort();
        GoldCorpus one = gold.restrictedTo(Set.of(docIds.get(0)));
        ProviderRun run = run(one, 1, 0, EnumSet.of(Task.ENTITIES),
                provider("absent", "url=http://127.0.0.1:" + port + "/annotate", "tasks=ENTITIES"));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedDocuments().get(docIds.get(0)))
                .startsWith("cannot reach http://127.0.0.1:" + port + "/annotate for document " + docIds.get(0)
                        + " after 4 attempts: java.net.ConnectException");
    }
}
