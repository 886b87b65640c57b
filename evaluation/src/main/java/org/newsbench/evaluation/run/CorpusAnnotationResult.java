package org.newsbench.evaluation.run;

import java.util.List;

/**
 * What annotating a corpus where the workers are produced.
 *
 * @param failureExamples a few of the failed documents with their reasons ({@code doc: reason}); all of them are in
 *                        the part files
 * @param predictions     the folder holding the part files
 */
public record CorpusAnnotationResult(String providerId, long documents, long failedDocuments,
                                     List<String> failureExamples, String predictions) {

    public CorpusAnnotationResult {
        failureExamples = List.copyOf(failureExamples);
    }
}
