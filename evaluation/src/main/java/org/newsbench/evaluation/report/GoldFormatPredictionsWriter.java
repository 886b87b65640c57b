package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.newsbench.api.LabelledStance;
import org.newsbench.evaluation.gold.BratGoldFormat;
import org.newsbench.evaluation.gold.ConllGoldFormat;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.gold.JsonlGoldFormat;
import org.newsbench.evaluation.run.ProviderRun;

/**
 * Beside the prediction CSVs, a provider's predictions in the gold's own format when it is CoNLL
 * ({@code predictions/<id>/<gold file name>}, the gold columns plus the predicted tag), brat
 * ({@code predictions/<id>/brat/}) or JSONL ({@code predictions/<id>/<gold file name>}); nothing for a CSV gold.
 */
public final class GoldFormatPredictionsWriter {

    private GoldFormatPredictionsWriter() {
    }

    public static void write(Path directory, GoldCorpus gold, ProviderRun run, boolean entities, boolean stance)
            throws IOException {
        String format = gold.description().format();
        String goldFileName = Path.of(gold.description().source()).getFileName().toString();
        try {
            if (format.equals(ConllGoldFormat.NAME) && entities) {
                ConllPredictionsWriter.write(directory.resolve(goldFileName), gold, run.entities());
            } else if (format.equals(BratGoldFormat.NAME) && entities) {
                BratPredictionsWriter.write(directory.resolve("brat"), gold.documents(), run.entities(),
                        gold.description().typeNamesInSource());
            } else if (format.equals(JsonlGoldFormat.NAME) && (entities || stance)) {
                List<LabelledStance> stances = stance ? run.stances().stream()
                        .map(prediction -> new LabelledStance(prediction.instance(), prediction.label(), "")).toList()
                        : null;
                JsonlPredictionsWriter.write(directory.resolve(goldFileName), gold.documents(),
                        entities ? run.entities() : null, stances, gold.description().typeNamesInSource());
            }
        } catch (InvalidInputException e) {
            throw new IOException("cannot read the gold again to write predictions beside it: " + e.getMessage(), e);
        }
    }
}
