package org.newsbench.evaluation.run;

import java.util.EnumSet;
import java.util.Set;

import org.newsbench.api.Task;

/** The tasks two sets share. */
final class EnumSets {

    private EnumSets() {
    }

    static Set<Task> intersection(Set<Task> a, Set<Task> b) {
        EnumSet<Task> shared = EnumSet.noneOf(Task.class);
        shared.addAll(a);
        shared.retainAll(b);
        return shared;
    }
}
