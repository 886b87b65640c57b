package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits documents into k folds, the same for every provider: documents sorted by id, the i-th going to fold
 * {@code i mod k}. With k equal to the number of documents (the default) this is leave-one-document-out.
 */
public final class CrossValidationFolds {

    private CrossValidationFolds() {
    }

    /**
     * @param k folds wanted; 0 or more than the documents means one fold per document
     * @throws IllegalArgumentException if fewer than two documents or k == 1 (nothing would be left to train on)
     */
    public static List<Fold> split(List<String> docIds, int k) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(docIds));
        if (sorted.size() < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 documents, the corpus has "
                    + sorted.size());
        }
        if (k == 1) {
            throw new IllegalArgumentException("cross-validation needs k >= 2 folds, got 1");
        }
        int folds = (k <= 0 || k > sorted.size()) ? sorted.size() : k;
        List<Set<String>> tests = new ArrayList<>();
        for (int i = 0; i < folds; i++) {
            tests.add(new TreeSet<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            tests.get(i % folds).add(sorted.get(i));
        }
        List<Fold> result = new ArrayList<>();
        for (int i = 0; i < folds; i++) {
            Set<String> training = new HashSet<>(sorted);
            training.removeAll(tests.get(i));
            result.add(new Fold(i, training, tests.get(i)));
        }
        return result;
    }
}
