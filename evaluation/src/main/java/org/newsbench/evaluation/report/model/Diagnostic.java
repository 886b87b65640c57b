package org.newsbench.evaluation.report.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Something a provider's run reported beside its predictions. */
public sealed interface Diagnostic {

    String provider();

    /** A document on which the provider failed. */
    record FailedDocument(String provider, String docId, String reason) implements Diagnostic {
        public FailedDocument {
            reason = reason == null ? "" : reason;
        }
    }

    /** Backend labels the provider's mapping dropped, with how many mentions each. */
    record DroppedLabels(String provider, SortedMap<String, Long> counts) implements Diagnostic {
        public DroppedLabels {
            counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        }
    }

    /** A note of the provider's own. */
    record Note(String provider, String text) implements Diagnostic {
    }
}
