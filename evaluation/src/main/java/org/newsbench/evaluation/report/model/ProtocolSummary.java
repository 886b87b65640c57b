package org.newsbench.evaluation.report.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the providers that ran produced their predictions, for the report's protocol line.
 *
 * @param pretrained          whether a pretrained provider annotated every document
 * @param crossValidation     the cross-validation trainable providers were scored by, in words
 *                            ({@code leave-one-document-out (k = 5)}); empty when none was
 * @param trainedOn           the training sets trainable providers were fitted on once ({@code --train}), in words:
 *                            {@code train.conll (1000 documents)}
 * @param predictionFiles     provider id to the file its predictions were read from ({@code --predictions}), sorted
 *                            by id
 */
public record ProtocolSummary(boolean pretrained, Optional<String> crossValidation, List<String> trainedOn,
                              Map<String, String> predictionFiles) {

    public ProtocolSummary {
        trainedOn = List.copyOf(trainedOn);
        predictionFiles = Collections.unmodifiableSortedMap(new TreeMap<>(predictionFiles));
    }
}
