package org.newsbench.evaluation.scoring;

import java.util.List;
import java.util.Locale;

/** What a figure measures; {@link #label()} is the metric column of {@code scores.csv}. */
public enum ScoreMetric {
    PRECISION, RECALL, F1,
    /** Entity counts (SemEval-2013 Task 9.1 categories). */
    COR, INC, PAR, MIS, SPU,
    ACCURACY,
    /** SemEval-2016 Task 6: (F1 FAVOR + F1 AGAINST) / 2. */
    F_AVG,
    MACRO_F1,
    /** Cohen's kappa against gold. */
    KAPPA;

    /** The rates reported with an interval for every entity scope. */
    public static final List<ScoreMetric> ENTITY_RATES = List.of(PRECISION, RECALL, F1);
    /** The counts reported for every entity scope but macro. */
    public static final List<ScoreMetric> ENTITY_COUNTS = List.of(COR, INC, PAR, MIS, SPU);
    /** The stance figures, each with an interval. */
    public static final List<ScoreMetric> STANCE = List.of(ACCURACY, F_AVG, MACRO_F1, KAPPA);

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
