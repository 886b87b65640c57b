package org.newsbench.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One document as it travels to an executor.
 *
 * @param text          the text, or null when the input could not be read as a document
 * @param inputProblem  why the input is not a document (not UTF-8, empty, too long, a malformed JSON line); null
 *                      when it is one
 * @param goldQuestions the document's stance questions from the gold; null when the provider's own sentences are
 *                      asked
 */
record DocumentTask(String docId, String text, String inputProblem, List<StanceQuestionRow> goldQuestions)
        implements Serializable {

    static DocumentTask unreadable(String docId, String problem) {
        return new DocumentTask(docId, null, problem, null);
    }
}
