package org.newsbench.evaluation.metrics;

import static org.newsbench.api.StanceLabel.AGAINST;
import static org.newsbench.api.StanceLabel.FAVOR;
import static org.newsbench.api.StanceLabel.NONE;
import static org.newsbench.evaluation.metrics.Fixtures.gold;
import static org.newsbench.evaluation.metrics.Fixtures.instance;
import static org.newsbench.evaluation.metrics.Fixtures.mention;
import static org.newsbench.evaluation.metrics.Fixtures.predicted;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;

/** Synthetic per-unit counts for the resampling tests. */
final class ResamplingFixtures {

    private static final StanceLabel[] LABELS = StanceLabel.values();
    private static final String[] TARGETS = {"RUSSIA", "UKRAINE", "NATO", "EU", "USA"};

    private ResamplingFixtures() {
    }

    /**
     * Sentence units with 1–3 targets each; the system predicts the gold label with probability {@code skill}, any
     * label otherwise, and sometimes predicts nothing.
     */
    static List<StanceCounts> stanceUnits(int sentences, double skill, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom goldRandom = new SplittableRandom(42);
        List<StanceCounts> units = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            List<LabelledStance> gold = new ArrayList<>();
            List<StancePrediction> predicted = new ArrayList<>();
            int targets = 1 + goldRandom.nextInt(3);
            for (int t = 0; t < targets; t++) {
                StanceInstance instance = instance("doc" + s / 30, 100 * s, 100 * s + 50, TARGETS[(s + t) % 5]);
                StanceLabel truth = LABELS[goldRandom.nextInt(3)];
                gold.add(gold(instance, truth));
                if (random.nextDouble() < 0.05) {
                    continue;
                }
                predicted.add(predicted(instance, random.nextDouble() < skill ? truth : LABELS[random.nextInt(3)]));
            }
            units.add(StanceMatcher.count(gold, predicted));
        }
        return units;
    }

    /** Document units of an entity tagger that finds each gold mention with probability {@code skill}. */
    static List<EntityDocumentCounts> entityUnits(int documents, double skill, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom goldRandom = new SplittableRandom(7);
        String[] types = {"PERSON", "LOCATION", "ORGANIZATION", "MISC"};
        List<EntityDocumentCounts> units = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            String doc = "doc" + d;
            List<EntityMention> gold = new ArrayList<>();
            List<EntityMention> predicted = new ArrayList<>();
            for (int m = 0; m < 40; m++) {
                int start = 20 * m;
                String type = types[goldRandom.nextInt(types.length)];
                gold.add(mention(doc, start, start + 10, type));
                double roll = random.nextDouble();
                if (roll < skill) {
                    predicted.add(mention(doc, start, start + 10, type));
                } else if (roll < skill + (1 - skill) / 2) {
                    predicted.add(mention(doc, start + 2, start + 10, types[random.nextInt(types.length)]));
                }
                if (random.nextDouble() < 0.1) {
                    predicted.add(mention(doc, start + 12, start + 18, types[random.nextInt(types.length)]));
                }
            }
            units.add(EntityMatcher.count(gold, predicted));
        }
        return units;
    }

    /** One instance per sentence, which the system gets right or wrong. */
    static List<StanceCounts> rightOrWrong(boolean... right) {
        List<StanceCounts> units = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            StanceInstance instance = instance("d", 10 * i, 10 * i + 5, "T");
            units.add(StanceMatcher.count(List.of(gold(instance, FAVOR)),
                    List.of(predicted(instance, right[i] ? FAVOR : (i % 2 == 0 ? AGAINST : NONE)))));
        }
        return units;
    }
}
