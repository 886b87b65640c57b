package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.StanceSection;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Writes every output of an evaluation into one folder: {@code report.md}, {@code report.html}, {@code scores.csv},
 * {@code errors.csv}, {@code report.json} and {@code predictions/<provider-id>/} (CSVs, and the gold's own format where
 * it is CoNLL, brat or JSONL). Each file is written whole or not at all.
 */
public final class ReportSetWriter {

    private ReportSetWriter() {
    }

    /** @return the path of {@code report.md} */
    public static Path write(Path directory, GoldCorpus gold, List<ProviderRun> runs, ReportModel model) throws IOException {
        List<String> entityProviders = model.entities().map(EntitySection::providers).orElse(List.of());
        List<String> stanceProviders = model.stance().map(StanceSection::providers).orElse(List.of());
        for (ProviderRun run : runs) {
            if (!run.ran()) {
                continue;
            }
            Path predictions = directory.resolve("predictions").resolve(run.provider().id());
            if (entityProviders.contains(run.provider().id())) {
                PredictionsCsvWriter.writeEntities(predictions.resolve("entities.csv"), run.entities());
            }
            if (stanceProviders.contains(run.provider().id())) {
                PredictionsCsvWriter.writeStance(predictions.resolve("stance.csv"), run.stances());
            }
            GoldFormatPredictionsWriter.write(predictions, gold, run, entityProviders.contains(run.provider().id()),
                    stanceProviders.contains(run.provider().id()));
        }
        ScoresCsvWriter.write(directory.resolve("scores.csv"), model);
        ErrorsCsvWriter.write(directory.resolve(ErrorsCsvWriter.FILE_NAME), model.errors());
        AtomicFileWriter.write(directory.resolve("report.json"), JsonReportWriter.render(model));
        AtomicFileWriter.write(directory.resolve("report.html"), HtmlReportWriter.render(model));
        Path markdown = directory.resolve("report.md");
        AtomicFileWriter.write(markdown, MarkdownReportWriter.render(model));
        return markdown;
    }
}
