package org.newsbench.spark;

import java.io.Serializable;
import java.util.List;

import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceTarget;

/** A stance question as it travels to an executor: the API's records are not serialisable. */
record StanceQuestionRow(String docId, int start, int end, Target target) implements Serializable {

    /** A stance target with its aliases. */
    record Target(String id, List<String> aliases) implements Serializable {

        Target {
            aliases = List.copyOf(aliases);
        }

        static Target of(StanceTarget target) {
            return new Target(target.id(), target.aliases());
        }

        StanceTarget toTarget() {
            return new StanceTarget(id, aliases);
        }
    }

    static StanceQuestionRow of(StanceInstance instance) {
        return new StanceQuestionRow(instance.docId(), instance.span().start(), instance.span().end(),
                Target.of(instance.target()));
    }

    StanceInstance toInstance() {
        return new StanceInstance(docId, new Span(start, end), target.toTarget());
    }
}
