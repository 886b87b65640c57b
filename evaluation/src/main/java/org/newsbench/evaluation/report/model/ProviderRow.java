package org.newsbench.evaluation.report.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.run.Protocol;
import org.newsbench.evaluation.run.RunStatus;

/**
 * One provider found: what it is, whether it ran (or why not), how, and what it reported.
 *
 * @param reason              why it did not run or what failed; empty when it ran cleanly
 * @param folds               number of folds for {@link Protocol#CROSS_VALIDATION}, else 0
 * @param protocolDescription in words: {@code pretrained, all documents}, {@code 5-fold cross-validation}, {@code -}
 * @param failedDocuments     document id to the failure message
 */
public record ProviderRow(ProviderDescriptor descriptor, RunStatus status, String reason, Protocol protocol,
                          int folds, String protocolDescription, SortedMap<String, String> failedDocuments,
                          AnnotatorDiagnostics diagnostics) {

    public ProviderRow {
        reason = reason == null ? "" : reason;
        failedDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(failedDocuments));
    }

    public String id() {
        return descriptor.id();
    }
}
