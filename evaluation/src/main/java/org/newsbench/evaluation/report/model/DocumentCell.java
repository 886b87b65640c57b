package org.newsbench.evaluation.report.model;

/** A provider's figure on one document: a value, or {@link Failed} when the provider failed on that document. */
public sealed interface DocumentCell {

    /** The provider annotated the document; its figure. */
    record Scored(double value) implements DocumentCell {
    }

    /** The provider failed on the document: it has no figure (it is scored as predicting nothing). */
    record Failed() implements DocumentCell {
    }
}
