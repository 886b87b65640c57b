package org.newsbench.corenlp;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;

import edu.stanford.nlp.classify.Classifier;
import edu.stanford.nlp.classify.ColumnDataClassifier;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.ProbabilisticClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.Counter;

import org.newsbench.api.StanceLabel;

/**
 * A stance classifier fitted with CoreNLP's {@link ColumnDataClassifier} on {@link StanceFeatureRow} rows, or a
 * constant one when the training rows hold fewer than two labels. Immutable once built; predictions are
 * synchronized because the column classifier's datum builder is not documented as thread-safe.
 */
final class FittedStanceClassifier {

    /** ColumnDataClassifier flags; {@code classifier.*} configuration keys override them. */
    static final Map<String, String> DEFAULT_FLAGS = Map.ofEntries(
            Map.entry("goldAnswerColumn", "0"),
            Map.entry("useClassFeature", "true"),
            Map.entry("1.useSplitWords", "true"),
            Map.entry("1.splitWordsRegexp", "\\s+"),
            Map.entry("1.useSplitWordNGrams", "true"),
            Map.entry("1.minWordNGramLeng", "2"),
            Map.entry("1.maxWordNGramLeng", "2"),
            Map.entry("2.useString", "true"),
            Map.entry("3.useString", "true"),
            Map.entry("4.useString", "true"),
            Map.entry("5.useString", "true"),
            Map.entry("sigma", "1.0"));

    private final ColumnDataClassifier columns;
    private final Classifier<String, String> classifier;
    private final StanceLabel constant;

    private FittedStanceClassifier(ColumnDataClassifier columns, Classifier<String, String> classifier,
                                   StanceLabel constant) {
        this.columns = columns;
        this.classifier = classifier;
        this.constant = constant;
    }

    /**
     * Fits on {@code rows} (column 0 the gold label), in the given order; the same rows in the same order give the
     * same model.
     */
    static FittedStanceClassifier fit(List<String[]> rows, Map<String, String> flags) {
        List<String> labels = rows.stream().map(row -> row[0]).distinct().sorted().toList();
        if (labels.size() < 2) {
            return new FittedStanceClassifier(null, null,
                    labels.isEmpty() ? StanceLabel.NONE : StanceLabel.valueOf(labels.get(0)));
        }
        Properties properties = new Properties();
        properties.putAll(flags);
        ColumnDataClassifier columns = new ColumnDataClassifier(properties);
        Dataset<String, String> dataset = new Dataset<>();
        for (String[] row : rows) {
            dataset.add(columns.makeDatumFromStrings(row));
        }
        return new FittedStanceClassifier(columns, columns.makeClassifier(dataset), null);
    }

    /** The label for a row (column 0 ignored), with its probability when the classifier gives one. */
    synchronized StancePredictionValue predict(String[] row) {
        if (constant != null) {
            return new StancePredictionValue(constant, OptionalDouble.empty());
        }
        Datum<String, String> datum = columns.makeDatumFromStrings(row);
        Counter<String> scores = classifier instanceof ProbabilisticClassifier<String, String> probabilistic
                ? probabilistic.probabilityOf(datum)
                : classifier.scoresOf(datum);
        // Highest score; ties broken by label name so that the answer never depends on hash order.
        String best = scores.keySet().stream()
                .max(Comparator.<String>comparingDouble(scores::getCount).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        OptionalDouble confidence = classifier instanceof ProbabilisticClassifier
                ? OptionalDouble.of(scores.getCount(best)) : OptionalDouble.empty();
        return new StancePredictionValue(StanceLabel.valueOf(best), confidence);
    }

    /** A predicted label and its probability. */
    record StancePredictionValue(StanceLabel label, OptionalDouble confidence) {
    }
}
