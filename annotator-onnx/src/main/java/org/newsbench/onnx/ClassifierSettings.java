package org.newsbench.onnx;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

/**
 * How each target's classifier is fitted: the candidate costs C of LIBLINEAR's L2-regularised logistic regression,
 * the number of cross-validation folds that choose among them, and whether labels are weighted by their rarity.
 * Defaults are in the module README.
 *
 * @param costs        candidate values of C, tried in ascending order; ties go to the smaller (more regularised)
 * @param folds        folds of the inner cross-validation (stratified by label, deterministic)
 * @param balanced     whether each label's errors are weighted by {@code rows / (labels × rows of the label)}
 */
public record ClassifierSettings(List<Double> costs, int folds, boolean balanced) {

    public static final String COSTS_KEY = "costs";
    public static final String FOLDS_KEY = "folds";
    public static final String CLASS_WEIGHT_KEY = "classWeight";
    static final Set<String> KEYS = Set.of(COSTS_KEY, FOLDS_KEY, CLASS_WEIGHT_KEY);

    public static final List<Double> DEFAULT_COSTS = List.of(0.001, 0.01, 0.1, 1.0, 10.0);
    public static final int DEFAULT_FOLDS = 5;
    public static final boolean DEFAULT_BALANCED = false;

    public ClassifierSettings {
        costs = costs.stream().sorted().distinct().toList();
        if (costs.isEmpty() || costs.stream().anyMatch(cost -> !(cost > 0) || cost.isInfinite())) {
            throw new IllegalArgumentException("costs must be positive finite numbers, got " + costs);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
    }

    public static ClassifierSettings defaults() {
        return new ClassifierSettings(DEFAULT_COSTS, DEFAULT_FOLDS, DEFAULT_BALANCED);
    }

    /** The settings in {@code configuration}, defaults for the keys it lacks. */
    static ClassifierSettings from(ProviderConfiguration configuration) throws ProviderException {
        List<Double> costs = DEFAULT_COSTS;
        String costsValue = configuration.get(COSTS_KEY).orElse(null);
        if (costsValue != null) {
            try {
                costs = Arrays.stream(costsValue.split(",")).map(String::trim).map(Double::valueOf).toList();
            } catch (NumberFormatException e) {
                throw new ProviderException("configuration key '" + COSTS_KEY
                        + "' must be comma-separated positive numbers, got '" + costsValue + "'");
            }
        }
        int folds = configuration.getInt(FOLDS_KEY, DEFAULT_FOLDS);
        String weight = configuration.get(CLASS_WEIGHT_KEY, DEFAULT_BALANCED ? "balanced" : "none")
                .trim().toLowerCase(Locale.ROOT);
        if (!weight.equals("balanced") && !weight.equals("none")) {
            throw new ProviderException("configuration key '" + CLASS_WEIGHT_KEY
                    + "' must be 'balanced' or 'none', got '" + weight + "'");
        }
        try {
            return new ClassifierSettings(costs, folds, weight.equals("balanced"));
        } catch (IllegalArgumentException e) {
            throw new ProviderException("configuration of minilm-stance: " + e.getMessage());
        }
    }
}
