package org.newsbench.evaluation.external;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answers of the test backend, shared by its stdio main ({@link FixtureBackendMain}) and the tests' HTTP server.
 * It echoes a gold file given by the test (JSON lines {@code {"id", "entities": [...], "stance": [...]}} in code
 * points); options make it misbehave on chosen documents, count UTF-16 units, record what it was sent, or answer
 * slowly. It uses nothing of newsbench, as a backend in another language would not.
 *
 * <p>Options: {@code --gold FILE}, {@code --utf16}, {@code --lowercase-types}, {@code --error-on ID},
 * {@code --log FILE} (appends {@code start}, {@code fit ids} and {@code request id task} lines), {@code --inflight DIR}
 * with {@code --delay-ms N} (records the most requests seen in flight at once, across processes), {@code --huge-on ID}
 * (the answer to that document never ends: {@link #writeEndlessAnswer}). The misbehaviour that needs a process
 * ({@code --crash-on}, {@code --hang-on}, {@code --garbage-on}) is in {@link FixtureBackendMain}.
 */
final class FixtureBackendLogic {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> gold = new HashMap<>();
    private final boolean utf16;
    private final boolean lowercaseTypes;
    private final String errorOn;
    private final String hugeOn;
    private final Path log;
    private final Path inflight;
    private final long delayMillis;

    FixtureBackendLogic(Map<String, String> options) throws IOException {
        if (options.containsKey("--gold")) {
            for (String line : Files.readAllLines(Path.of(options.get("--gold")), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    gold.put(node.get("id").asText(), node);
                }
            }
        }
        this.utf16 = options.containsKey("--utf16");
        this.lowercaseTypes = options.containsKey("--lowercase-types");
        this.errorOn = options.get("--error-on");
        this.hugeOn = options.get("--huge-on");
        this.log = options.containsKey("--log") ? Path.of(options.get("--log")) : null;
        this.inflight = options.containsKey("--inflight") ? Path.of(options.get("--inflight")) : null;
        this.delayMillis = Long.parseLong(options.getOrDefault("--delay-ms", "0"));
    }

    /** {@code --key value} and {@code --flag} arguments. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(args[i], hasValue ? args[++i] : "");
        }
        return options;
    }

    void logStart() throws IOException {
        log("start " + ProcessHandle.current().pid());
    }

    String answer(String requestLine) throws IOException, InterruptedException {
        JsonNode request = JSON.readTree(requestLine);
        ObjectNode response = JSON.createObjectNode();
        if ("fit".equals(request.path("op").asText())) {
            StringBuilder ids = new StringBuilder();
            int entities = 0;
            for (JsonNode document : request.get("documents")) {
                ids.append(ids.length() == 0 ? "" : ",").append(document.get("id").asText());
                entities += document.get("entities").size();
            }
            log("fit " + ids + " entities=" + entities);
            return response.put("op", "fit").put("ok", true).toString();
        }
        String id = request.get("id").asText();
        String text = request.get("text").asText();
        String task = request.get("tasks").get(0).asText();
        log("request " + id + " " + task);
        response.put("id", id);
        if (id.equals(errorOn)) {
            return response.put("error", "fixture refuses " + id).toString();
        }
        inFlight(id);
        JsonNode documentGold = gold.getOrDefault(id, JSON.createObjectNode());
        if (task.equals("entities")) {
            ArrayNode entities = response.putArray("entities");
            for (JsonNode mention : documentGold.path("entities")) {
                String type = mention.get("type").asText();
                entities.addObject().put("start", wire(text, mention.get("start").asInt()))
                        .put("end", wire(text, mention.get("end").asInt()))
                        .put("type", lowercaseTypes ? type.toLowerCase() : type);
            }
        } else {
            ArrayNode answers = response.putArray("stance");
            for (JsonNode question : request.get("stance")) {
                String label = "NONE";
                for (JsonNode labelled : documentGold.path("stance")) {
                    if (wire(text, labelled.get("start").asInt()) == question.get("start").asInt()
                            && wire(text, labelled.get("end").asInt()) == question.get("end").asInt()
                            && labelled.get("target").asText().equals(question.get("target").asText())) {
                        label = labelled.get("stance").asText();
                    }
                }
                answers.addObject().put("start", question.get("start").asInt()).put("end", question.get("end").asInt())
                        .put("target", question.get("target").asText()).put("stance", label).put("confidence", 0.9);
            }
        }
        return response.toString();
    }

    /** Whether the answer to {@code requestLine} is to be {@link #writeEndlessAnswer endless} ({@code --huge-on}). */
    boolean answersEndlessly(String requestLine) {
        return hugeOn != null && hugeOn.equals(idOf(requestLine));
    }

    /**
     * Writes the start of an answer to document {@code id} and then entities without end, never the line's end, until
     * writing fails because the reader has gone (or the process is killed).
     */
    static void writeEndlessAnswer(String id, OutputStream out) throws IOException {
        out.write(("{\"id\":\"" + id + "\",\"entities\":[").getBytes(StandardCharsets.UTF_8));
        byte[] mentions = "{\"start\":0,\"end\":1,\"type\":\"PERSON\"},".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        while (true) {
            out.write(mentions);
            out.flush();
        }
    }

    /** The request's id without parsing it, so that misbehaviour comes before any answer logic. */
    static String idOf(String line) {
        int start = line.indexOf("\"id\":\"");
        if (start < 0) {
            return "";
        }
        start += 6;
        return line.substring(start, line.indexOf('"', start));
    }

    /** A gold code-point offset as this backend counts it. */
    private int wire(String text, int codePoint) {
        return utf16 ? text.offsetByCodePoints(0, codePoint) : codePoint;
    }

    /** Marks the request in flight (a file in the shared folder), records how many are, waits, unmarks it. */
    private void inFlight(String id) throws IOException, InterruptedException {
        if (inflight == null) {
            return;
        }
        Path marker = inflight.resolve(ProcessHandle.current().pid() + "-" + id + "-" + System.nanoTime());
        Files.createFile(marker);
        try {
            try (var files = Files.list(inflight)) {
                long now = files.filter(file -> !file.getFileName().toString().endsWith(".log")).count();
                Files.writeString(inflight.resolve("concurrency.log"), now + " " + ProcessHandle.current().pid() + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            Thread.sleep(delayMillis);
        } finally {
            Files.delete(marker);
        }
    }

    private void log(String line) throws IOException {
        if (log != null) {
            synchronized (FixtureBackendLogic.class) {
                Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        }
    }

    /** The gold lines for {@code --gold}: one JSON object per document, offsets in code points. */
    static List<String> goldLines(org.newsbench.evaluation.gold.GoldCorpus corpus) {
        return corpus.documents().stream().map(document -> {
            ObjectNode node = JSON.createObjectNode().put("id", document.id());
            ArrayNode entities = node.putArray("entities");
            corpus.entitiesOf(document.id()).forEach(mention -> entities.addObject()
                    .put("start", mention.span().start()).put("end", mention.span().end()).put("type", mention.type()));
            ArrayNode stance = node.putArray("stance");
            corpus.stancesOf(document.id()).forEach(labelled -> stance.addObject()
                    .put("start", labelled.instance().span().start()).put("end", labelled.instance().span().end())
                    .put("target", labelled.instance().target().id()).put("stance", labelled.label().name()));
            return node.toString();
        }).toList();
    }
}
