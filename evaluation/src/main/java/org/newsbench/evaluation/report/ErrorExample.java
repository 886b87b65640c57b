package org.newsbench.evaluation.report;

/**
 * One error behind the numbers, with its surroundings: a false positive or negative entity, or a wrong stance label.
 *
 * @param kind    {@code FN}, {@code FP} or {@code TYPE} for entities; {@code STANCE} for stance
 * @param expected the gold side ({@code "Wagner Group" ORGANIZATION}, or the gold stance), empty for FP
 * @param found    the predicted side, empty for FN
 */
record ErrorExample(String provider, String docId, int start, int end, String kind, String expected, String found,
                    String before, String text, String after) {
}
