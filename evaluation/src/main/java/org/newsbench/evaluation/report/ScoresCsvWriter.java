package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.report.model.ProviderRow;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.scoring.ScoreRow;
import org.newsbench.evaluation.scoring.ScoreScope;
import org.newsbench.evaluation.scoring.ScoreTable;

/**
 * {@code scores.csv}: one figure a row, {@code backend,task,schema,scope,metric,value,ci_low,ci_high}. A per-document
 * figure of a document on which the provider failed reads {@code failed}, as in every other format, not the 0 its
 * empty prediction would score.
 */
public final class ScoresCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ScoresCsvWriter() {
    }

    public static void write(Path file, ReportModel model) throws IOException {
        Map<String, Set<String>> failedDocuments = new HashMap<>();
        for (ProviderRow provider : model.providers()) {
            failedDocuments.put(provider.id(), provider.failedDocuments().keySet());
        }
        AtomicFileWriter.write(file, render(model.scores(), failedDocuments));
    }

    /** @param failedDocuments provider id to the documents it failed on */
    static String render(ScoreTable scores, Map<String, Set<String>> failedDocuments) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("backend", "task", "schema", "scope", "metric", "value", "ci_low", "ci_high");
            for (ScoreRow row : scores.rows()) {
                printer.print(row.backend());
                for (String label : row.key().labels()) {
                    printer.print(label);
                }
                if (row.key().scope() instanceof ScoreScope.Document document
                        && failedDocuments.getOrDefault(row.backend(), Set.of()).contains(document.docId())) {
                    printer.printRecord(FigureFormat.FAILED, "", "");
                    continue;
                }
                printer.printRecord(FigureFormat.csvNumber(row.value()),
                        row.hasInterval() ? FigureFormat.csvNumber(row.ciLow()) : "",
                        row.hasInterval() ? FigureFormat.csvNumber(row.ciHigh()) : "");
            }
        }
        return out.toString();
    }
}
