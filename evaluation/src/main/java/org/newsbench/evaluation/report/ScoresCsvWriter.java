package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.ScoreRow;

/** {@code scores.csv}: one figure a row, {@code backend,task,schema,scope,metric,value,ci_low,ci_high}. */
public final class ScoresCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ScoresCsvWriter() {
    }

    public static void write(Path file, EvaluationResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("backend", "task", "schema", "scope", "metric", "value", "ci_low", "ci_high");
            for (ScoreRow row : result.rows()) {
                printer.printRecord(row.backend(), row.task(), row.schema(), row.scope(), row.metric(),
                        number(row.value()), row.hasInterval() ? number(row.ciLow()) : "",
                        row.hasInterval() ? number(row.ciHigh()) : "");
            }
        }
        AtomicFileWriter.write(file, out.toString());
    }

    /** Six decimals for rates; counts print as whole numbers. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.6f", value);
    }
}
