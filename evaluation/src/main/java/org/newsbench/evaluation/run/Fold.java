package org.newsbench.evaluation.run;

import java.util.Set;

/** One cross-validation fold: fit on {@code trainingDocIds}, annotate {@code testDocIds}. */
public record Fold(int index, Set<String> trainingDocIds, Set<String> testDocIds) {

    public Fold {
        trainingDocIds = Set.copyOf(trainingDocIds);
        testDocIds = Set.copyOf(testDocIds);
    }
}
