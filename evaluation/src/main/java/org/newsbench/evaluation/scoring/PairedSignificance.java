package org.newsbench.evaluation.scoring;

/**
 * A paired approximate-randomization test between two providers on the same units (documents for entities,
 * sentences for stance) for one figure.
 *
 * @param figure      the figure compared, such as strict micro-F1
 * @param pValue      two-sided, (extreme + 1) / (shuffles + 1)
 * @param pairedUnits the number of paired units whose outcomes were swapped
 */
public record PairedSignificance(ScoreKey figure, String providerA, String providerB, double valueA, double valueB,
                                 double pValue, int pairedUnits, int shuffles) {

    /**
     * The smallest p-value this test can give whatever the difference: only 2^n distinct swaps of n paired units
     * exist, and the observed one and its mirror tie; nor can it fall below 1 / (shuffles + 1).
     */
    public double smallestAttainablePValue() {
        return smallestAttainablePValue(pairedUnits, shuffles);
    }

    /** The smallest p-value of a test over {@code pairedUnits} units with {@code shuffles} shuffles. */
    public static double smallestAttainablePValue(int pairedUnits, int shuffles) {
        return Math.max(2.0 / Math.pow(2, pairedUnits), 1.0 / (shuffles + 1));
    }
}
