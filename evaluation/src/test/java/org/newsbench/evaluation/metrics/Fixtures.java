package org.newsbench.evaluation.metrics;

import java.util.List;

import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;

/** Terse constructors for test data. */
final class Fixtures {

    static final String DOC = "doc-1";

    private Fixtures() {
    }

    static EntityMention mention(int start, int end, String type) {
        return mention(DOC, start, end, type);
    }

    static EntityMention mention(String docId, int start, int end, String type) {
        return new EntityMention(docId, new Span(start, end), type, "x".repeat(end - start));
    }

    static StanceInstance instance(String docId, int start, int end, String targetId) {
        return new StanceInstance(docId, new Span(start, end), new StanceTarget(targetId, List.of(targetId)));
    }

    static LabelledStance gold(StanceInstance instance, StanceLabel label) {
        return new LabelledStance(instance, label, label == StanceLabel.NONE ? "" : "AUTHOR");
    }

    static StancePrediction predicted(StanceInstance instance, StanceLabel label) {
        return new StancePrediction(instance, label);
    }
}
