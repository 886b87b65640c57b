package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.report.model.ErrorList;

/**
 * {@code errors.csv}: every error behind the numbers, for every provider and task, with its context — the complete
 * list the reports show only the start of. Entities: {@code INC}, {@code MIS} and {@code SPU} as the strict counts name
 * them; stance: every wrong label. It formats the report model's error lists, nothing more.
 */
public final class ErrorsCsvWriter {

    public static final String FILE_NAME = "errors.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ErrorsCsvWriter() {
    }

    public static void write(Path file, List<ErrorList> lists) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("provider", "task", "doc_id", "start", "end", "kind", "expected", "found", "before",
                    "text", "after");
            for (ErrorList list : lists) {
                String task = list.task().name().toLowerCase(Locale.ROOT);
                for (ErrorList.Entry error : list.errors()) {
                    printer.printRecord(list.provider(), task, error.docId(), error.start(), error.end(),
                            error.kind(), error.expected(), error.found(), error.before(), error.text(), error.after());
                }
            }
        }
        AtomicFileWriter.write(file, out.toString());
    }
}
