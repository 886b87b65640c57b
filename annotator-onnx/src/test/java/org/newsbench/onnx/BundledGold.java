package org.newsbench.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.TrainingSet;

/**
 * The bundled corpus and its stance gold, read from the gold module's classpath resources ({@code gold/corpus/},
 * {@code gold/stance.csv}, {@code gold/targets.csv}). A test helper: the backend itself knows nothing of gold files.
 */
public final class BundledGold {

    public static final List<String> IDS = List.of("000_fec9100097241395", "001_f23d0374e383327e",
            "002_7720f7d8ad8d4f8e", "003_ec6aab1b09965471", "004_fcd1b60b543d505c");

    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private BundledGold() {
    }

    public static List<Document> documents() {
        return IDS.stream().map(BundledGold::document).toList();
    }

    public static Document document(String id) {
        try (InputStream in = resource("/gold/corpus/" + id + ".txt")) {
            return new Document(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, StanceTarget> targets() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (CSVRecord record : records("/gold/targets.csv")) {
            aliases.computeIfAbsent(record.get("target"), id -> new ArrayList<>()).add(record.get("alias"));
        }
        Map<String, StanceTarget> targets = new LinkedHashMap<>();
        aliases.forEach((id, names) -> targets.put(id, new StanceTarget(id, names)));
        return targets;
    }

    /** The gold stance rows of the given documents, in file order. */
    public static List<LabelledStance> stances(Set<String> docIds) {
        Map<String, StanceTarget> targets = targets();
        List<LabelledStance> rows = new ArrayList<>();
        for (CSVRecord record : records("/gold/stance.csv")) {
            if (docIds.contains(record.get("doc_id"))) {
                StanceInstance instance = new StanceInstance(record.get("doc_id"),
                        new Span(Integer.parseInt(record.get("start")), Integer.parseInt(record.get("end"))),
                        targets.get(record.get("target")));
                rows.add(new LabelledStance(instance, StanceLabel.valueOf(record.get("stance")),
                        record.get("holder")));
            }
        }
        return rows;
    }

    /** A training set of the given documents with their stance gold. */
    public static TrainingSet trainingSet(List<String> docIds) {
        return new TrainingSet(docIds.stream().map(BundledGold::document).toList(), List.of(),
                stances(Set.copyOf(docIds)));
    }

    private static List<CSVRecord> records(String name) {
        try (Reader reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            return HEADED.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundledGold.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath (the gold module)");
        }
        return in;
    }
}
