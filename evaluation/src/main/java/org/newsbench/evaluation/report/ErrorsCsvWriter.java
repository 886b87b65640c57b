package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.scoring.EvaluationResult;

/**
 * {@code errors.csv}: every error behind the numbers, for every provider and task, with its context — the complete
 * list that report.html shows only the start of. Entities: {@code FN}, {@code FP} and {@code TYPE} (strict matching);
 * stance: every wrong label.
 */
public final class ErrorsCsvWriter {

    public static final String FILE_NAME = "errors.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ErrorsCsvWriter() {
    }

    public static void write(Path file, EvaluationResult result) throws IOException {
        ErrorListBuilder errors = new ErrorListBuilder(result.gold());
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("provider", "task", "doc_id", "start", "end", "kind", "expected", "found", "before",
                    "text", "after");
            for (ProviderRun run : result.runs()) {
                String id = run.provider().id();
                if (result.entityCounts().containsKey(id)) {
                    for (ErrorExample error : errors.entityErrors(id, run.entities())) {
                        print(printer, "entities", error);
                    }
                }
                if (result.stanceCounts().containsKey(id)) {
                    for (ErrorExample error : errors.stanceErrors(id, run.stances())) {
                        print(printer, "stance", error);
                    }
                }
            }
        }
        AtomicFileWriter.write(file, out.toString());
    }

    private static void print(CSVPrinter printer, String task, ErrorExample error) throws IOException {
        printer.printRecord(error.provider(), task, error.docId(), error.start(), error.end(), error.kind(),
                error.expected(), error.found(), error.before(), error.text(), error.after());
    }
}
