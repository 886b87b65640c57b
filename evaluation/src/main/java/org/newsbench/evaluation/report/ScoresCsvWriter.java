package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.ScoreTable;

/** {@code scores.csv}: one figure a row, {@code backend,task,schema,scope,metric,value,ci_low,ci_high}. */
public final class ScoresCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ScoresCsvWriter() {
    }

    public static void write(Path file, ScoreTable scores) throws IOException {
        AtomicFileWriter.write(file, render(scores));
    }

    static String render(ScoreTable scores) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("backend", "task", "schema", "scope", "metric", "value", "ci_low", "ci_high");
            for (ScoreRow row : scores.rows()) {
                printer.print(row.backend());
                for (String label : row.key().labels()) {
                    printer.print(label);
                }
                printer.printRecord(FigureFormat.csvNumber(row.value()),
                        row.hasInterval() ? FigureFormat.csvNumber(row.ciLow()) : "",
                        row.hasInterval() ? FigureFormat.csvNumber(row.ciHigh()) : "");
            }
        }
        return out.toString();
    }
}
