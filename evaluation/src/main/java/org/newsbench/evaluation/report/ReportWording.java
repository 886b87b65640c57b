package org.newsbench.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.newsbench.api.Task;
import org.newsbench.evaluation.report.model.CorpusSummary;
import org.newsbench.evaluation.report.model.EntitySection;
import org.newsbench.evaluation.report.model.ProtocolSummary;

/**
 * The sentences that more than one report says in the same words (Markdown, HTML, console), as plain text; the HTML
 * writer escapes them.
 */
final class ReportWording {

    private ReportWording() {
    }

    /** {@code CoNLL, read from data/test.conll}, with what the reader left aside: {@code ; 3 brat ... left aside}. */
    static String gold(CorpusSummary.GoldOrigin gold) {
        StringBuilder text = new StringBuilder(gold.formatName());
        if (!gold.source().isEmpty()) {
            text.append(", read from ").append(gold.source());
        }
        gold.notes().forEach(note -> text.append("; ").append(note));
        return text.toString();
    }

    /** How the providers that ran produced their predictions, one clause per protocol used, without a full stop. */
    static String protocol(ProtocolSummary protocol) {
        List<String> clauses = new ArrayList<>();
        if (protocol.pretrained()) {
            clauses.add("pretrained providers annotate every document");
        }
        protocol.crossValidation().ifPresent(folds -> clauses.add("trainable providers are scored by " + folds
                + " cross-validation over documents (the same folds for every provider), their held-out predictions "
                + "pooled and scored like any others"));
        protocol.trainedOn().forEach(training -> clauses.add("trainable providers are trained once on " + training
                + " and annotate every document"));
        if (!protocol.predictionFiles().isEmpty()) {
            clauses.add("predictions made elsewhere are read from their files and scored like any others ("
                    + protocol.predictionFiles().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ")) + ")");
        }
        return clauses.isEmpty() ? "no provider ran" : String.join("; ", clauses);
    }

    /** What the bootstrap resamples: only the units of the tasks the gold labels. */
    static String resampledUnits(CorpusSummary corpus) {
        List<String> units = new ArrayList<>();
        if (corpus.labels(Task.ENTITIES)) {
            units.add("of documents for entities");
        }
        if (corpus.labels(Task.STANCE)) {
            units.add("of sentences for stance");
        }
        return String.join(", ", units);
    }

    /** {@code MISC: no provider predicted this type; its 12 gold mentions are all missed.} */
    static String typeNoProviderPredicted(CorpusSummary corpus, String type) {
        long mentions = corpus.mentionsByType().getOrDefault(type, 0L);
        return String.format(Locale.ROOT, "%s: no provider predicted this type; its %d gold %s all missed.", type,
                mentions, mentions == 1 ? "mention is" : "mentions are");
    }

    /**
     * {@code Strict F1 per document}, or for a selection {@code Strict F1 per document: the 50 of 1000 with the
     * lowest mean over providers}.
     */
    static String documentTableHeading(EntitySection.DocumentTable table) {
        if (!table.isSelection()) {
            return "Strict F1 per document";
        }
        return String.format(Locale.ROOT, "Strict F1 per document: the %d of %d with the lowest mean over providers",
                table.rows().size(), table.rows().size() + table.notShown());
    }

    /** How a selection of documents is ranked, and where the documents it leaves out are. */
    static String documentTableSelection(EntitySection.DocumentTable table) {
        return String.format(Locale.ROOT, "Worst first, ties in corpus order; in the mean a failed document counts "
                + "as 0, and a document with no gold mention on which a provider predicted nothing as 1 (no error). "
                + "%d more %s not shown: scores.csv and report.json hold every document.", table.notShown(),
                table.notShown() == 1 ? "document is" : "documents are");
    }
}
