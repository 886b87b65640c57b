package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals over units (documents, sentences): each resample draws as many units as
 * there are, uniformly with replacement, sums their counts and computes the statistic; the interval is the
 * ((1 − level) / 2, (1 + level) / 2) quantiles of the resampled statistics (linear interpolation between order
 * statistics, R's type 7). Deterministic: the draws come from {@code new SplittableRandom(seed)}, unit index
 * {@code nextInt(n)} after {@code nextInt(n)}, resample after resample — identical for both overloads, so they give
 * identical intervals.
 */
public final class BootstrapInterval {

    public static final int DEFAULT_RESAMPLES = 1_000;
    public static final double DEFAULT_LEVEL = 0.95;

    private BootstrapInterval() {
    }

    /**
     * The generic form: counts are summed with {@code plus}. Simple, but allocates on every addition.
     *
     * @throws IllegalArgumentException for no units, fewer than one resample, or a level outside (0, 1)
     */
    public static <C> ConfidenceInterval interval(List<C> unitCounts, BinaryOperator<C> plus,
                                                  ToDoubleFunction<C> statistic, int resamples, long seed,
                                                  double level) {
        validate(unitCounts, resamples, level);
        int n = unitCounts.size();
        double estimate = statistic.applyAsDouble(sum(unitCounts, plus));
        SplittableRandom random = new SplittableRandom(seed);
        double[] statistics = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            C sum = unitCounts.get(random.nextInt(n));
            for (int i = 1; i < n; i++) {
                sum = plus.apply(sum, unitCounts.get(random.nextInt(n)));
            }
            statistics[r] = statistic.applyAsDouble(sum);
        }
        return percentileInterval(estimate, statistics, level);
    }

    /** The fast form: counts are flattened by {@code codec} and resamples add vectors. Same result as the generic form. */
    public static <C> ConfidenceInterval interval(List<C> unitCounts, CountVectorCodec<C> codec,
                                                  ToDoubleFunction<C> statistic, int resamples, long seed,
                                                  double level) {
        return intervals(unitCounts, codec, Map.of("statistic", statistic), resamples, seed, level).get("statistic");
    }

    /**
     * Several statistics from the same resamples (cheaper, and their intervals then share their draws).
     *
     * @param <K> what names a statistic (a string, or a typed key)
     * @return an interval per statistic key, in the order of {@code statistics}
     */
    public static <C, K> Map<K, ConfidenceInterval> intervals(List<C> unitCounts, CountVectorCodec<C> codec,
                                                              Map<K, ToDoubleFunction<C>> statistics,
                                                              int resamples, long seed, double level) {
        validate(unitCounts, resamples, level);
        int n = unitCounts.size();
        CountVectorCodec.Layout<C> layout = codec.layoutFor(unitCounts);
        long[][] vectors = new long[n][];
        long[] total = new long[layout.dimension()];
        for (int i = 0; i < n; i++) {
            vectors[i] = new long[layout.dimension()];
            layout.addTo(unitCounts.get(i), vectors[i]);
            add(vectors[i], total);
        }
        List<ToDoubleFunction<C>> functions = new ArrayList<>(statistics.values());
        double[][] resampled = new double[functions.size()][resamples];
        SplittableRandom random = new SplittableRandom(seed);
        long[] sum = new long[layout.dimension()];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(sum, 0);
            for (int i = 0; i < n; i++) {
                add(vectors[random.nextInt(n)], sum);
            }
            C counts = layout.decode(sum);
            for (int s = 0; s < functions.size(); s++) {
                resampled[s][r] = functions.get(s).applyAsDouble(counts);
            }
        }
        C all = layout.decode(total);
        Map<K, ConfidenceInterval> intervals = new LinkedHashMap<>();
        int s = 0;
        for (K name : statistics.keySet()) {
            intervals.put(name, percentileInterval(functions.get(s).applyAsDouble(all), resampled[s], level));
            s++;
        }
        return intervals;
    }

    /** The type-7 quantile of already sorted values, {@code 0 <= q <= 1}. */
    static double quantile(double[] sorted, double q) {
        double h = q * (sorted.length - 1);
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private static ConfidenceInterval percentileInterval(double estimate, double[] statistics, double level) {
        double[] sorted = statistics.clone();
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return new ConfidenceInterval(estimate, quantile(sorted, tail), quantile(sorted, 1 - tail), level,
                statistics.length);
    }

    private static void add(long[] vector, long[] target) {
        for (int i = 0; i < vector.length; i++) {
            target[i] += vector[i];
        }
    }

    private static <C> C sum(List<C> units, BinaryOperator<C> plus) {
        C sum = units.get(0);
        for (int i = 1; i < units.size(); i++) {
            sum = plus.apply(sum, units.get(i));
        }
        return sum;
    }

    private static void validate(List<?> units, int resamples, double level) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a bootstrap needs at least one unit");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
    }
}
