package org.newsbench.evaluation.report.model;

import java.util.List;

import org.newsbench.api.Task;

/** Every error of one provider on one task, in document and offset order. */
public record ErrorList(String provider, Task task, List<Entry> errors) {

    public ErrorList {
        errors = List.copyOf(errors);
    }

    /**
     * One error with its surroundings. Spans are code-point offsets, end exclusive.
     *
     * @param kind     {@code FN}, {@code FP} or {@code TYPE} for entities; {@code STANCE} for stance
     * @param expected the gold side, empty when there is none
     * @param found    the predicted side, empty when there is none
     * @param before   up to 40 code points before the span, on one line
     * @param text     the span's text
     * @param after    up to 40 code points after it, on one line
     */
    public record Entry(String docId, int start, int end, String kind, String expected, String found, String before,
                        String text, String after) {
    }
}
