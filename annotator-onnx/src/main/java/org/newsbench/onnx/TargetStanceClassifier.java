package org.newsbench.onnx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import org.newsbench.api.StanceLabel;

/**
 * The stance classifier of one target: LIBLINEAR's L2-regularised logistic regression (primal trust-region Newton
 * solver, deterministic; one-vs-rest for three labels) on standardised sentence embeddings, with C chosen by
 * stratified cross-validation on the training rows alone. A training set with a single label gives a constant
 * classifier of that label. Immutable and thread-safe once fitted.
 */
final class TargetStanceClassifier {

    /** The stopping tolerance LIBLINEAR uses by default for this solver. */
    private static final double TOLERANCE = 0.01;
    private static final double BIAS = 1.0;

    static {
        // LIBLINEAR prints its iterations to stdout unless told not to.
        Linear.disableDebugOutput();
    }

    private final StanceLabel constant;
    private final Standardizer standardizer;
    private final Model model;
    private final String summary;

    private TargetStanceClassifier(StanceLabel constant, Standardizer standardizer, Model model, String summary) {
        this.constant = constant;
        this.standardizer = standardizer;
        this.model = model;
        this.summary = summary;
    }

    /** A classifier that always answers {@code label}, for a target whose training rows are missing or of one label. */
    static TargetStanceClassifier constant(StanceLabel label, String summary) {
        return new TargetStanceClassifier(label, null, null, summary);
    }

    /**
     * Fits on {@code vectors} with their {@code labels} (same order; the order is part of the input, so the caller
     * sorts them for determinism).
     */
    static TargetStanceClassifier fit(List<float[]> vectors, List<StanceLabel> labels, ClassifierSettings settings) {
        if (vectors.size() != labels.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors but " + labels.size() + " labels");
        }
        Set<StanceLabel> present = labels.isEmpty() ? EnumSet.noneOf(StanceLabel.class) : EnumSet.copyOf(labels);
        if (present.size() < 2) {
            StanceLabel only = present.isEmpty() ? StanceLabel.NONE : present.iterator().next();
            return constant(only, labels.size() + " row(s), " + (present.isEmpty() ? "none" : "all " + only)
                    + ": always " + only);
        }
        int folds = Math.min(settings.folds(), labels.size());
        double bestCost = settings.costs().get(0);
        double bestScore = -1;
        StringBuilder scores = new StringBuilder();
        for (double cost : settings.costs()) {
            double score = crossValidatedScore(vectors, labels, present, settings, cost, folds);
            scores.append(String.format(Locale.ROOT, " C=%s:%.3f", plain(cost), score));
            if (score > bestScore) {
                bestScore = score;
                bestCost = cost;
            }
        }
        Standardizer standardizer = Standardizer.fit(vectors);
        Model model = train(standardizer, vectors, labels, settings.balanced(), bestCost);
        String summary = String.format(Locale.ROOT, "%d rows %s, C=%s chosen by %d-fold CV (F_avg%s)",
                labels.size(), counts(labels), plain(bestCost), folds, scores);
        return new TargetStanceClassifier(null, standardizer, model, summary);
    }

    /** The label of {@code vector}, with its probability when a model was fitted. */
    Prediction predict(float[] vector) {
        if (constant != null) {
            return new Prediction(constant, OptionalDouble.empty());
        }
        double[] probabilities = new double[model.getNrClass()];
        int predicted = (int) Linear.predictProbability(model, features(standardizer.apply(vector)), probabilities);
        int[] modelLabels = model.getLabels();
        double probability = 0;
        for (int i = 0; i < modelLabels.length; i++) {
            if (modelLabels[i] == predicted) {
                probability = probabilities[i];
            }
        }
        return new Prediction(StanceLabel.values()[predicted], OptionalDouble.of(probability));
    }

    /** One line on the fit: rows by label, the C chosen and the cross-validated score of every C. */
    String summary() {
        return summary;
    }

    /** A predicted label and its probability. */
    record Prediction(StanceLabel label, OptionalDouble probability) {
    }

    /**
     * Mean F1 of FAVOR and AGAINST (those present in training) over out-of-fold predictions; folds are assigned
     * label by label in row order, so each fold holds its share of every label.
     */
    private static double crossValidatedScore(List<float[]> vectors, List<StanceLabel> labels, Set<StanceLabel> present,
                                              ClassifierSettings settings, double cost, int folds) {
        int[] foldOf = new int[labels.size()];
        int next = 0;
        for (StanceLabel label : StanceLabel.values()) {
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i) == label) {
                    foldOf[i] = next++ % folds;
                }
            }
        }
        StanceLabel[] predicted = new StanceLabel[labels.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<float[]> trainVectors = new ArrayList<>();
            List<StanceLabel> trainLabels = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (foldOf[i] != fold) {
                    trainVectors.add(vectors.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            Set<StanceLabel> trainPresent = EnumSet.copyOf(trainLabels);
            Standardizer standardizer = trainPresent.size() < 2 ? null : Standardizer.fit(trainVectors);
            Model model = standardizer == null ? null
                    : train(standardizer, trainVectors, trainLabels, settings.balanced(), cost);
            for (int i = 0; i < labels.size(); i++) {
                if (foldOf[i] == fold) {
                    predicted[i] = model == null ? trainPresent.iterator().next()
                            : StanceLabel.values()[(int) Linear.predict(model,
                                    features(standardizer.apply(vectors.get(i))))];
                }
            }
        }
        double sum = 0;
        int scored = 0;
        for (StanceLabel label : List.of(StanceLabel.FAVOR, StanceLabel.AGAINST)) {
            if (present.contains(label)) {
                sum += f1(label, labels, predicted);
                scored++;
            }
        }
        return scored == 0 ? 0 : sum / scored;
    }

    private static double f1(StanceLabel label, List<StanceLabel> gold, StanceLabel[] predicted) {
        int truePositives = 0;
        int goldCount = 0;
        int predictedCount = 0;
        for (int i = 0; i < predicted.length; i++) {
            boolean isGold = gold.get(i) == label;
            boolean isPredicted = predicted[i] == label;
            goldCount += isGold ? 1 : 0;
            predictedCount += isPredicted ? 1 : 0;
            truePositives += isGold && isPredicted ? 1 : 0;
        }
        return goldCount + predictedCount == 0 ? 0 : 2.0 * truePositives / (goldCount + predictedCount);
    }

    private static Model train(Standardizer standardizer, List<float[]> vectors, List<StanceLabel> labels,
                               boolean balanced, double cost) {
        Problem problem = new Problem();
        problem.l = vectors.size();
        problem.n = vectors.get(0).length + 1;
        problem.bias = BIAS;
        problem.x = new Feature[vectors.size()][];
        problem.y = new double[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            problem.x[i] = features(standardizer.apply(vectors.get(i)));
            problem.y[i] = labels.get(i).ordinal();
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, TOLERANCE);
        if (balanced) {
            Map<StanceLabel, Integer> counts = counts(labels);
            double[] weights = new double[counts.size()];
            int[] weightLabels = new int[counts.size()];
            int k = 0;
            for (Map.Entry<StanceLabel, Integer> entry : counts.entrySet()) {
                weightLabels[k] = entry.getKey().ordinal();
                weights[k] = (double) labels.size() / (counts.size() * entry.getValue());
                k++;
            }
            parameter.setWeights(weights, weightLabels);
        }
        return Linear.train(problem, parameter);
    }

    /** LIBLINEAR's sparse row: features 1..n, then the bias feature n+1. */
    private static Feature[] features(double[] values) {
        Feature[] features = new Feature[values.length + 1];
        for (int d = 0; d < values.length; d++) {
            features[d] = new FeatureNode(d + 1, values[d]);
        }
        features[values.length] = new FeatureNode(values.length + 1, BIAS);
        return features;
    }

    /** {@code 0.001}, {@code 10}: a cost as written in the configuration. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Map<StanceLabel, Integer> counts(List<StanceLabel> labels) {
        Map<StanceLabel, Integer> counts = new EnumMap<>(StanceLabel.class);
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }
}
