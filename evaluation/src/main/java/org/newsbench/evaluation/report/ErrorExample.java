package org.newsbench.evaluation.report;

/**
 * One error behind the numbers, with its surroundings: a strict entity error, or a wrong stance label.
 *
 * @param start    start of the highlighted text: the mention, or for an INC with other boundaries the stretch both
 *                 mentions cover
 * @param kind     {@code INC}, {@code MIS} or {@code SPU} for entities, as the strict counts name them;
 *                 {@code STANCE} for stance
 * @param expected the gold side (its type, with text and span when the prediction's span differs; or the gold
 *                 stance), empty for SPU
 * @param found    the predicted side, likewise, empty for MIS
 */
record ErrorExample(String provider, String docId, int start, int end, String kind, String expected, String found,
                    String before, String text, String after) {
}
