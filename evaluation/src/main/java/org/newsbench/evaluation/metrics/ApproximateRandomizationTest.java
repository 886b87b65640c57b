package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Paired approximate randomization test (Noreen 1989; Riezler and Maxwell 2005) of the difference between systems A
 * and B on the same units. Each shuffle swaps A's and B's counts of every unit independently with probability 0.5; the
 * two-sided p-value is (#{shuffles with |stat(ΣA') − stat(ΣB')| ≥ |stat(ΣA) − stat(ΣB)|} + 1) / (shuffles + 1).
 *
 * <p>Deterministic: the swap of unit i in a shuffle is bit (i mod 64) of the ⌈i/64⌉-th {@code nextLong()} drawn for
 * that shuffle from {@code new SplittableRandom(seed)}; both overloads use the same bits and give the same p-value.
 * "≥" allows an absolute tolerance of 1e-12 so that floating-point noise cannot turn a tie into a non-tie.
 */
public final class ApproximateRandomizationTest {

    public static final int DEFAULT_SHUFFLES = 10_000;
    private static final double TIE_TOLERANCE = 1e-12;
    private static final int MAX_UNITS_FOR_PATTERN_CACHE = 16;

    private ApproximateRandomizationTest() {
    }

    /**
     * The generic form: counts are summed with {@code plus}.
     *
     * @param unitsA system A's counts per unit
     * @param unitsB system B's counts of the same units, in the same order
     * @throws IllegalArgumentException for no units, lists of different sizes or fewer than one shuffle
     */
    public static <C> double pValue(List<C> unitsA, List<C> unitsB, BinaryOperator<C> plus,
                                    ToDoubleFunction<C> statistic, int shuffles, long seed) {
        validate(unitsA, unitsB, shuffles);
        int n = unitsA.size();
        double observed = Math.abs(statistic.applyAsDouble(sum(unitsA, plus))
                - statistic.applyAsDouble(sum(unitsB, plus)));
        SplittableRandom random = new SplittableRandom(seed);
        int atLeastAsExtreme = 0;
        for (int s = 0; s < shuffles; s++) {
            C sumA = null;
            C sumB = null;
            long bits = 0;
            for (int i = 0; i < n; i++) {
                if ((i & 63) == 0) {
                    bits = random.nextLong();
                }
                boolean swap = ((bits >>> (i & 63)) & 1L) != 0;
                C a = swap ? unitsB.get(i) : unitsA.get(i);
                C b = swap ? unitsA.get(i) : unitsB.get(i);
                sumA = sumA == null ? a : plus.apply(sumA, a);
                sumB = sumB == null ? b : plus.apply(sumB, b);
            }
            double difference = Math.abs(statistic.applyAsDouble(sumA) - statistic.applyAsDouble(sumB));
            if (difference >= observed - TIE_TOLERANCE) {
                atLeastAsExtreme++;
            }
        }
        return (atLeastAsExtreme + 1.0) / (shuffles + 1.0);
    }

    /**
     * The fast form: counts are flattened by {@code codec}. A shuffle starts from the two totals and moves only the
     * non-zero differences of the swapped units; with at most 16 units each swap pattern's gap is computed once.
     * Same result as the generic form.
     */
    public static <C> double pValue(List<C> unitsA, List<C> unitsB, CountVectorCodec<C> codec,
                                    ToDoubleFunction<C> statistic, int shuffles, long seed) {
        validate(unitsA, unitsB, shuffles);
        int n = unitsA.size();
        List<C> all = new ArrayList<>(unitsA);
        all.addAll(unitsB);
        CountVectorCodec.Layout<C> layout = codec.layoutFor(all);
        int dimension = layout.dimension();
        long[] totalA = new long[dimension];
        long[] totalB = new long[dimension];
        // Sparse B − A per unit: swapping unit i moves delta_i from B's sum to A's.
        int[][] deltaIndex = new int[n][];
        long[][] deltaValue = new long[n][];
        long[] a = new long[dimension];
        long[] b = new long[dimension];
        for (int i = 0; i < n; i++) {
            Arrays.fill(a, 0);
            Arrays.fill(b, 0);
            layout.addTo(unitsA.get(i), a);
            layout.addTo(unitsB.get(i), b);
            int nonZero = 0;
            for (int d = 0; d < dimension; d++) {
                totalA[d] += a[d];
                totalB[d] += b[d];
                if (a[d] != b[d]) {
                    nonZero++;
                }
            }
            deltaIndex[i] = new int[nonZero];
            deltaValue[i] = new long[nonZero];
            for (int d = 0, k = 0; d < dimension; d++) {
                if (a[d] != b[d]) {
                    deltaIndex[i][k] = d;
                    deltaValue[i][k++] = b[d] - a[d];
                }
            }
        }
        double observed = Math.abs(statistic.applyAsDouble(layout.decode(totalA))
                - statistic.applyAsDouble(layout.decode(totalB)));
        SplittableRandom random = new SplittableRandom(seed);
        long[] sumA = new long[dimension];
        long[] sumB = new long[dimension];
        // With few units (entity documents) there are at most 2^n swap patterns: compute each pattern's gap once.
        double[] gapByPattern = n <= MAX_UNITS_FOR_PATTERN_CACHE ? new double[1 << n] : null;
        if (gapByPattern != null) {
            Arrays.fill(gapByPattern, Double.NaN);
        }
        int atLeastAsExtreme = 0;
        for (int s = 0; s < shuffles; s++) {
            double difference;
            if (gapByPattern != null) {
                int pattern = (int) (random.nextLong() & ((1L << n) - 1));
                difference = gapByPattern[pattern];
                if (Double.isNaN(difference)) {
                    difference = shuffledGap(pattern, n, totalA, totalB, deltaIndex, deltaValue, sumA, sumB, layout,
                            statistic);
                    gapByPattern[pattern] = difference;
                }
            } else {
                System.arraycopy(totalA, 0, sumA, 0, dimension);
                System.arraycopy(totalB, 0, sumB, 0, dimension);
                long bits = 0;
                for (int i = 0; i < n; i++) {
                    if ((i & 63) == 0) {
                        bits = random.nextLong();
                    }
                    if (((bits >>> (i & 63)) & 1L) != 0) {
                        moveDelta(deltaIndex[i], deltaValue[i], sumA, sumB);
                    }
                }
                difference = Math.abs(statistic.applyAsDouble(layout.decode(sumA))
                        - statistic.applyAsDouble(layout.decode(sumB)));
            }
            if (difference >= observed - TIE_TOLERANCE) {
                atLeastAsExtreme++;
            }
        }
        return (atLeastAsExtreme + 1.0) / (shuffles + 1.0);
    }

    private static <C> double shuffledGap(int pattern, int n, long[] totalA, long[] totalB, int[][] deltaIndex,
                                          long[][] deltaValue, long[] sumA, long[] sumB,
                                          CountVectorCodec.Layout<C> layout, ToDoubleFunction<C> statistic) {
        System.arraycopy(totalA, 0, sumA, 0, totalA.length);
        System.arraycopy(totalB, 0, sumB, 0, totalB.length);
        for (int i = 0; i < n; i++) {
            if (((pattern >>> i) & 1) != 0) {
                moveDelta(deltaIndex[i], deltaValue[i], sumA, sumB);
            }
        }
        return Math.abs(statistic.applyAsDouble(layout.decode(sumA)) - statistic.applyAsDouble(layout.decode(sumB)));
    }

    /** Swapping a unit moves its B − A difference from B's sum to A's. */
    private static void moveDelta(int[] indices, long[] values, long[] sumA, long[] sumB) {
        for (int k = 0; k < indices.length; k++) {
            sumA[indices[k]] += values[k];
            sumB[indices[k]] -= values[k];
        }
    }

    private static <C> C sum(List<C> units, BinaryOperator<C> plus) {
        C sum = units.get(0);
        for (int i = 1; i < units.size(); i++) {
            sum = plus.apply(sum, units.get(i));
        }
        return sum;
    }

    private static void validate(List<?> unitsA, List<?> unitsB, int shuffles) {
        if (unitsA.size() != unitsB.size()) {
            throw new IllegalArgumentException("paired test needs the same units for both systems, got "
                    + unitsA.size() + " and " + unitsB.size());
        }
        if (unitsA.isEmpty()) {
            throw new IllegalArgumentException("a randomization test needs at least one unit");
        }
        if (shuffles < 1) {
            throw new IllegalArgumentException("shuffles must be >= 1, got " + shuffles);
        }
    }
}
