package org.newsbench.evaluation.metrics;

import java.util.Arrays;
import java.util.Objects;

import org.newsbench.api.StanceLabel;

/**
 * A 3×3 stance confusion matrix, rows the reference label (gold, or annotator A), columns the compared label
 * (prediction, or annotator B), and the scores computed from it. Additive.
 *
 * @param cells the nine counts, row-major in {@link StanceLabel} order: {@code cells[3 * gold.ordinal() +
 *              predicted.ordinal()]}
 */
public record ConfusionMatrix(int[] cells) {

    private static final StanceLabel[] LABELS = StanceLabel.values();
    private static final int SIZE = LABELS.length;

    public static final ConfusionMatrix EMPTY = new ConfusionMatrix(new int[SIZE * SIZE]);

    /** @throws IllegalArgumentException unless there are nine non-negative counts */
    public ConfusionMatrix {
        Objects.requireNonNull(cells, "cells");
        if (cells.length != SIZE * SIZE) {
            throw new IllegalArgumentException("a stance confusion matrix has 9 cells, got " + cells.length);
        }
        cells = cells.clone();
        for (int cell : cells) {
            if (cell < 0) {
                throw new IllegalArgumentException("counts must be >= 0, got " + Arrays.toString(cells));
            }
        }
    }

    /** From rows of gold labels and columns of predicted labels, both in {@link StanceLabel} order. */
    public static ConfusionMatrix of(int[][] rows) {
        int[] cells = new int[SIZE * SIZE];
        if (rows.length != SIZE) {
            throw new IllegalArgumentException("a stance confusion matrix has 3 rows, got " + rows.length);
        }
        for (int g = 0; g < SIZE; g++) {
            if (rows[g].length != SIZE) {
                throw new IllegalArgumentException("row " + g + " must have 3 columns");
            }
            System.arraycopy(rows[g], 0, cells, g * SIZE, SIZE);
        }
        return new ConfusionMatrix(cells);
    }

    static int index(StanceLabel gold, StanceLabel predicted) {
        return gold.ordinal() * SIZE + predicted.ordinal();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    public int count(StanceLabel gold, StanceLabel predicted) {
        return cells[index(gold, predicted)];
    }

    public ConfusionMatrix plus(ConfusionMatrix other) {
        int[] sum = new int[SIZE * SIZE];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = cells[i] + other.cells[i];
        }
        return new ConfusionMatrix(sum);
    }

    void addTo(int[] sum) {
        for (int i = 0; i < cells.length; i++) {
            sum[i] += cells[i];
        }
    }

    public int total() {
        int total = 0;
        for (int cell : cells) {
            total += cell;
        }
        return total;
    }

    /** Row sum: how many instances have this reference label. */
    public int goldCount(StanceLabel label) {
        int count = 0;
        for (StanceLabel predicted : LABELS) {
            count += count(label, predicted);
        }
        return count;
    }

    /** Column sum: how many instances were given this label. */
    public int predictedCount(StanceLabel label) {
        int count = 0;
        for (StanceLabel gold : LABELS) {
            count += count(gold, label);
        }
        return count;
    }

    public int agreements() {
        int agreements = 0;
        for (StanceLabel label : LABELS) {
            agreements += count(label, label);
        }
        return agreements;
    }

    /** Diagonal / total; 0 for an empty matrix. Equals the observed agreement p_o. */
    public double accuracy() {
        return Ratios.divide(agreements(), total());
    }

    /** TP / predicted as {@code label}; 0 when nothing was predicted as it. */
    public double precision(StanceLabel label) {
        return Ratios.divide(count(label, label), predictedCount(label));
    }

    /** TP / gold {@code label}; 0 when no instance has it. */
    public double recall(StanceLabel label) {
        return Ratios.divide(count(label, label), goldCount(label));
    }

    public double f1(StanceLabel label) {
        return Ratios.f1(precision(label), recall(label));
    }

    public PrecisionRecallF1 scores(StanceLabel label) {
        return PrecisionRecallF1.of(precision(label), recall(label));
    }

    /** Mean F1 over all three classes, FAVOR, AGAINST and NONE, whether or not a class occurs. */
    public double macroF1() {
        double sum = 0;
        for (StanceLabel label : LABELS) {
            sum += f1(label);
        }
        return sum / SIZE;
    }

    /**
     * SemEval-2016 Task 6's F_avg = (F_FAVOR + F_AGAINST) / 2: NONE is scored only through the FAVOR and AGAINST
     * errors it causes. Computed from this matrix, so over pooled targets it is the official scorer's figure.
     */
    public double semEvalFAvg() {
        return (f1(StanceLabel.FAVOR) + f1(StanceLabel.AGAINST)) / 2;
    }

    /** p_o: the share of instances on the diagonal. */
    public double observedAgreement() {
        return accuracy();
    }

    /** p_e = Σ_label (row_label / N)(column_label / N): the agreement expected from the two marginals alone. */
    public double expectedAgreement() {
        double total = total();
        if (total == 0) {
            return 0;
        }
        double expected = 0;
        for (StanceLabel label : LABELS) {
            expected += (goldCount(label) / total) * (predictedCount(label) / total);
        }
        return expected;
    }

    /**
     * Cohen's kappa (p_o − p_e) / (1 − p_e). When p_e = 1 (both sides used one and the same single label throughout)
     * kappa is undefined; it is then reported as 0, as is the kappa of an empty matrix. Callers who want to print
     * "undefined" can test {@code expectedAgreement() == 1} or {@code total() == 0}.
     */
    public double cohenKappa() {
        double expected = expectedAgreement();
        if (total() == 0 || expected >= 1.0) {
            return 0.0;
        }
        return (observedAgreement() - expected) / (1 - expected);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix matrix && Arrays.equals(cells, matrix.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[gold×predicted FAVOR/AGAINST/NONE: " + Arrays.toString(Arrays.copyOfRange(cells, 0, 3))
                + Arrays.toString(Arrays.copyOfRange(cells, 3, 6)) + Arrays.toString(Arrays.copyOfRange(cells, 6, 9))
                + "]";
    }
}
