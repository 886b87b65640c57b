package org.newsbench.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an annotator noticed while running, for the report: the backend labels it dropped because the mapping had no
 * gold type for them (with counts), and notes such as "3 sentences longer than 80 tokens fell back to NONE".
 */
public record AnnotatorDiagnostics(Map<String, Long> droppedLabels, List<String> notes) {

    /** No diagnostics. */
    public static final AnnotatorDiagnostics NONE = new AnnotatorDiagnostics(Map.of(), List.of());

    public AnnotatorDiagnostics {
        droppedLabels = Collections.unmodifiableMap(new TreeMap<>(droppedLabels));
        notes = List.copyOf(notes);
    }
}
