package org.newsbench.evaluation.run;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.spi.ProviderDescriptor;

/**
 * What running one provider over the corpus produced: its predictions (pooled over folds for a trainable provider),
 * the documents that failed with why, and the diagnostics and timing.
 *
 * @param failedDocuments document id to the failure message; those documents have no predictions
 * @param folds           number of folds for {@link Protocol#CROSS_VALIDATION}, else 0
 * @param source          where the predictions come from, for {@link Protocol#TRAIN_TEST} the training set
 *                        ({@code train.conll (1000 documents)}), for {@link Protocol#PREDICTIONS_FILE} the file; else
 *                        empty
 */
public record ProviderRun(ProviderDescriptor provider, RunStatus status, String reason, Protocol protocol, int folds,
                          List<EntityMention> entities, List<StancePrediction> stances,
                          Map<String, String> failedDocuments, AnnotatorDiagnostics diagnostics, RunTiming timing,
                          String source) {

    public ProviderRun {
        entities = List.copyOf(entities);
        stances = List.copyOf(stances);
        failedDocuments = new TreeMap<>(failedDocuments);
    }

    /** A run whose protocol needs no source: pretrained, cross-validation or not run. */
    public ProviderRun(ProviderDescriptor provider, RunStatus status, String reason, Protocol protocol, int folds,
                       List<EntityMention> entities, List<StancePrediction> stances,
                       Map<String, String> failedDocuments, AnnotatorDiagnostics diagnostics, RunTiming timing) {
        this(provider, status, reason, protocol, folds, entities, stances, failedDocuments, diagnostics, timing, "");
    }

    public static ProviderRun notRun(ProviderDescriptor provider, RunStatus status, String reason) {
        return new ProviderRun(provider, status, reason, Protocol.NOT_RUN, 0, List.of(), List.of(), Map.of(),
                AnnotatorDiagnostics.NONE, RunTiming.NONE);
    }

    /**
     * How the predictions were produced, in words: {@code pretrained, all documents}, {@code 5-fold cross-validation},
     * {@code trained on train.conll (1000 documents)}, {@code predictions from spacy.conll}.
     */
    public String protocolDescription() {
        return switch (protocol) {
            case PRETRAINED -> "pretrained, all documents";
            case CROSS_VALIDATION -> folds + "-fold cross-validation";
            case TRAIN_TEST -> "trained on " + source;
            case PREDICTIONS_FILE -> "predictions from " + source;
            case NOT_RUN -> "-";
        };
    }

    public boolean ran() {
        return status == RunStatus.RAN;
    }
}
