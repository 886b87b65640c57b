package org.newsbench.evaluation.report.model;

import java.util.List;

import org.newsbench.evaluation.scoring.ScoreKey;

/**
 * The paired approximate-randomization tests of one task, between every two providers that ran it.
 *
 * @param figure                  the figure compared
 * @param figureName              its name in the reports: {@code Strict micro-F1}, {@code F_avg}
 * @param unitName                what was paired: {@code documents} or {@code sentences}
 * @param pairedUnits             how many
 * @param smallestAttainablePValue the smallest p-value the test can give with so few units and shuffles
 * @param fewUnits                whether there are so few units that the smallest attainable p-value should be said
 * @param rows                    one per pair of providers; empty with fewer than two providers
 */
public record SignificanceTable(ScoreKey figure, String figureName, String unitName, int pairedUnits,
                                double smallestAttainablePValue, boolean fewUnits, List<Row> rows) {

    public SignificanceTable {
        rows = List.copyOf(rows);
    }

    /** One test: the two providers' figures, their difference A - B and the two-sided p-value. */
    public record Row(String providerA, String providerB, double valueA, double valueB, double difference,
                      double pValue, int shuffles) {
    }
}
