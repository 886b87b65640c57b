package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;

import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.scoring.EvaluationResult;

/**
 * Writes every output of an evaluation into one folder: {@code report.md}, {@code report.html}, {@code scores.csv},
 * {@code errors.csv}, {@code report.json} and {@code predictions/<provider-id>/} (CSVs, and the gold's own format where
 * it is CoNLL, brat or JSONL). Each file is written whole or not at all.
 */
public final class ReportSetWriter {

    private ReportSetWriter() {
    }

    /** @return the path of {@code report.md} */
    public static Path write(Path directory, EvaluationResult result) throws IOException {
        for (ProviderRun run : result.runs()) {
            if (!run.ran()) {
                continue;
            }
            Path predictions = directory.resolve("predictions").resolve(run.provider().id());
            if (result.entityCounts().containsKey(run.provider().id())) {
                PredictionsCsvWriter.writeEntities(predictions.resolve("entities.csv"), run.entities());
            }
            if (result.stanceCounts().containsKey(run.provider().id())) {
                PredictionsCsvWriter.writeStance(predictions.resolve("stance.csv"), run.stances());
            }
            GoldFormatPredictionsWriter.write(predictions, result.gold(), run,
                    result.entityCounts().containsKey(run.provider().id()),
                    result.stanceCounts().containsKey(run.provider().id()));
        }
        ScoresCsvWriter.write(directory.resolve("scores.csv"), result);
        ErrorsCsvWriter.write(directory.resolve(ErrorsCsvWriter.FILE_NAME), result);
        AtomicFileWriter.write(directory.resolve("report.json"), JsonReportWriter.render(result));
        AtomicFileWriter.write(directory.resolve("report.html"), HtmlReportWriter.render(result));
        Path markdown = directory.resolve("report.md");
        AtomicFileWriter.write(markdown, MarkdownReportWriter.render(result));
        return markdown;
    }
}
