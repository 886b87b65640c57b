package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.newsbench.evaluation.io.AtomicFileWriter;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ReportModel;
import org.newsbench.evaluation.report.model.StanceSection;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Writes every output of an evaluation into one folder: {@code report.md}, {@code report.html}, {@code scores.csv},
 * {@code report.json} from the {@link ReportModel}, and {@code predictions/<provider-id>/} from the runs. Each file
 * is written whole or not at all.
 */
public final class ReportSetWriter {

    private ReportSetWriter() {
    }

    /** @return the path of {@code report.md} */
    public static Path write(Path directory, List<ProviderRun> runs, ReportModel model) throws IOException {
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
        }
        ScoresCsvWriter.write(directory.resolve("scores.csv"), model.scores());
        AtomicFileWriter.write(directory.resolve("report.json"), JsonReportWriter.render(model));
        AtomicFileWriter.write(directory.resolve("report.html"), HtmlReportWriter.render(model));
        Path markdown = directory.resolve("report.md");
        AtomicFileWriter.write(markdown, MarkdownReportWriter.render(model));
        return markdown;
    }
}
