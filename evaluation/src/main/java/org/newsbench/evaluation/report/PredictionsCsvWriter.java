package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StancePrediction;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.io.AtomicFileWriter;

/**
 * Writes a provider's predictions in the gold schemas, so that they can be read, diffed, or scored again as if they
 * were gold: {@code predictions/<provider-id>/entities.csv} and {@code stance.csv}. Predictions have no holder: the
 * column is empty. {@code entities.csv} has one column more than the gold schema, last: {@code source_label}, the
 * label the library gave the mention before it was mapped to {@code type} ({@link EntityMention#sourceLabel()});
 * drop that column to read the file as gold.
 */
public final class PredictionsCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** The gold entity columns, then the library's own label. */
    public static final List<String> ENTITIES_HEADER = Stream.concat(GoldCorpusReader.ENTITIES_HEADER.stream(),
            Stream.of("source_label")).toList();

    private PredictionsCsvWriter() {
    }

    public static void writeEntities(Path file, List<EntityMention> mentions) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(ENTITIES_HEADER);
            for (EntityMention mention : mentions) {
                printer.printRecord(mention.docId(), mention.span().start(), mention.span().end(), mention.type(),
                        mention.text(), mention.sourceLabel());
            }
        }
        AtomicFileWriter.write(file, out.toString());
    }

    public static void writeStance(Path file, List<StancePrediction> predictions) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(GoldCorpusReader.STANCE_HEADER);
            for (StancePrediction prediction : predictions) {
                printer.printRecord(prediction.instance().docId(), prediction.instance().span().start(),
                        prediction.instance().span().end(), prediction.instance().target().id(),
                        prediction.label(), "");
            }
        }
        AtomicFileWriter.write(file, out.toString());
    }
}
