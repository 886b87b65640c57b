package org.newsbench.evaluation.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.newsbench.api.StanceLabel;

/**
 * Krippendorff's alpha for nominal data, from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.
 *
 * <p>Any number of coders; missing values are simply absent from a unit's values. Units with fewer than two values
 * are not pairable and contribute nothing. When there is no variation at all (Σ_{c≠k} n_c n_k = 0, every pairable
 * value the same category) or fewer than two pairable values, alpha is undefined and reported as 0.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * @param valuesByUnit for each unit, the categories the coders who coded it assigned (one value per coder)
     */
    public static <T> double nominal(Collection<? extends Collection<? extends T>> valuesByUnit) {
        Map<T, Integer> categories = new HashMap<>();
        for (Collection<? extends T> values : valuesByUnit) {
            for (T value : values) {
                categories.putIfAbsent(value, categories.size());
            }
        }
        double[][] coincidences = new double[categories.size()][categories.size()];
        for (Collection<? extends T> values : valuesByUnit) {
            int coders = values.size();
            if (coders < 2) {
                continue;
            }
            int[] perCategory = new int[categories.size()];
            values.forEach(value -> perCategory[categories.get(value)]++);
            // o_ck += n_uc · (n_uk − [c = k]) / (m_u − 1): every ordered pair of values within the unit.
            for (int c = 0; c < perCategory.length; c++) {
                if (perCategory[c] == 0) {
                    continue;
                }
                for (int k = 0; k < perCategory.length; k++) {
                    int pairs = perCategory[c] * (perCategory[k] - (c == k ? 1 : 0));
                    coincidences[c][k] += (double) pairs / (coders - 1);
                }
            }
        }
        return fromCoincidences(coincidences);
    }

    /**
     * Alpha of two coders from their paired labels (rows coder A, columns coder B). With two coders an instance that
     * only one of them labelled is not pairable, so this equals alpha with such instances as missing values.
     */
    public static double nominal(ConfusionMatrix pairs) {
        StanceLabel[] labels = StanceLabel.values();
        double[][] coincidences = new double[labels.length][labels.length];
        for (StanceLabel a : labels) {
            for (StanceLabel b : labels) {
                int count = pairs.count(a, b);
                // Each unit holds the ordered pairs (a, b) and (b, a), each weighted 1 / (m − 1) = 1.
                coincidences[a.ordinal()][b.ordinal()] += count;
                coincidences[b.ordinal()][a.ordinal()] += count;
            }
        }
        return fromCoincidences(coincidences);
    }

    private static double fromCoincidences(double[][] coincidences) {
        int size = coincidences.length;
        double[] marginals = new double[size];
        double n = 0;
        double observedDisagreement = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
                if (c != k) {
                    observedDisagreement += coincidences[c][k];
                }
            }
            n += marginals[c];
        }
        double expectedDisagreement = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                if (c != k) {
                    expectedDisagreement += marginals[c] * marginals[k];
                }
            }
        }
        if (n < 2 || expectedDisagreement == 0) {
            return 0.0;
        }
        return 1 - (n - 1) * observedDisagreement / expectedDisagreement;
    }
}
