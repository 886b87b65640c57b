package org.newsbench.evaluation.external;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;

import com.sun.net.httpserver.HttpServer;

/**
 * Prints what the external-provider protocol costs per document: the bundled articles, cycled to {@code N} documents,
 * annotated for entities by the Java fixture backend over stdio, in-process (the same work without transport), and
 * over HTTP on 127.0.0.1, with one and two workers; and by the Python example (empty dictionary: the protocol's cost
 * alone) where python3 is on the PATH.
 *
 * <p>Run: {@code java -cp <test classpath> org.newsbench.evaluation.external.ExternalProtocolBenchmark [N]}.
 */
public final class ExternalProtocolBenchmark {

    private ExternalProtocolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        GoldCorpus gold = new GoldCorpusReader().read(GoldSource.bundled());
        List<Document> documents = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document source = gold.documents().get(i % gold.documents().size());
            String id = "d" + i;
            documents.add(new Document(id, source.text()));
            gold.entitiesOf(source.id()).forEach(m -> entities.add(new EntityMention(id, m.span(), m.type(), m.text())));
        }
        GoldCorpus cycled = new GoldCorpus(documents, entities, List.of(), gold.targets());
        Path goldFile = Files.createTempFile("benchmark-gold", ".jsonl");
        Files.write(goldFile, FixtureBackendLogic.goldLines(cycled), StandardCharsets.UTF_8);
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf("%d documents, %.0f characters and %.1f gold mentions each on average%n", count,
                (double) chars / count, (double) entities.size() / count);

        FixtureBackendLogic logic = new FixtureBackendLogic(Map.of("--gold", goldFile.toString()));
        ExternalProtocolCodec codec = new ExternalProtocolCodec(OffsetUnit.CODEPOINT, null);

        String command = FixtureBackend.commandLine("--gold", goldFile.toString());
        for (int workers : new int[] {1, 2}) {
            try (EntityAnnotator annotator = annotator("command", command, workers)) {
                time("Java fixture over stdio, workers=" + workers, documents, workers, annotator::annotateEntities);
            }
        }

        time("in-process fixture logic + codec, no transport", documents, 1, document -> {
            String response = logic.answer(codec.documentRequest(document, Task.ENTITIES, List.of()).json());
            codec.entities(document, codec.parseResponse(new ExternalRequest(document.id(), ""), response));
        });

        // Without TCP_NODELAY the JDK server's response waits ~40 ms for the client's delayed ACK (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                byte[] body = logic.answer(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        ExecutorService serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.start();
        try {
            for (int workers : new int[] {1, 2}) {
                try (EntityAnnotator annotator = annotator("url", "http://127.0.0.1:" + server.getAddress().getPort()
                        + "/", workers)) {
                    time("same logic over HTTP (JDK server in this JVM), workers=" + workers, documents, workers,
                            annotator::annotateEntities);
                }
            }
        } finally {
            server.stop(0);
            serverThreads.shutdown();
        }

        Path script = Path.of("examples/external/dictionary_tagger.py");
        if (Files.isRegularFile(script)) {
            try (EntityAnnotator annotator = annotator("command", "python3 " + script, 1)) {
                time("Python dictionary_tagger.py over stdio (empty dictionary), workers=1", documents, 1,
                        annotator::annotateEntities);
            } catch (Exception e) {
                System.out.println("Python example not run: " + e.getMessage());
            }
        }
        Files.delete(goldFile);
    }

    private static EntityAnnotator annotator(String key, String value, int workers) throws Exception {
        Map<String, String> keys = new HashMap<>(Map.of(key, value, "tasks", "ENTITIES",
                "workers", String.valueOf(workers)));
        ProviderConfiguration configuration = ProviderConfiguration.of(keys);
        return (EntityAnnotator) new ExternalProvider(ExternalProviderDeclaration.parse("benchmark", configuration))
                .create(configuration);
    }

    private interface Step {
        void annotate(Document document) throws Exception;
    }

    /** Warms up on the first tenth, then times the rest on {@code threads} threads. */
    private static void time(String what, List<Document> documents, int threads, Step step) throws Exception {
        int warmUp = documents.size() / 10;
        for (Document document : documents.subList(0, warmUp)) {
            step.annotate(document);
        }
        List<Document> timed = documents.subList(warmUp, documents.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < timed.size(); i += threads) {
                        step.annotate(timed.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-75s %7.0f documents/s  %6.3f ms/document%n", what, timed.size() / seconds,
                seconds * 1000 / timed.size());
    }
}
