package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Vector layout of {@link StanceCounts}: per target (sorted), the nine confusion cells and the missing count; then
 * the unpaired and duplicate counts.
 */
final class StanceCountVectors implements CountVectorCodec<StanceCounts> {

    private static final int PER_TARGET = 10;

    @Override
    public Layout<StanceCounts> layoutFor(Collection<? extends StanceCounts> units) {
        TreeSet<String> targets = new TreeSet<>();
        for (StanceCounts unit : units) {
            targets.addAll(unit.byTarget().keySet());
        }
        return new TargetLayout(new ArrayList<>(targets));
    }

    private static final class TargetLayout implements Layout<StanceCounts> {
        private final List<String> targets;
        private final Map<String, Integer> targetIndex = new HashMap<>();

        TargetLayout(List<String> targets) {
            this.targets = targets;
            for (int i = 0; i < targets.size(); i++) {
                targetIndex.put(targets.get(i), i);
            }
        }

        @Override
        public int dimension() {
            return PER_TARGET * targets.size() + 2;
        }

        @Override
        public void addTo(StanceCounts counts, long[] target) {
            for (Map.Entry<String, TargetStanceCounts> entry : counts.byTarget().entrySet()) {
                Integer index = targetIndex.get(entry.getKey());
                if (index == null) {
                    throw new IllegalArgumentException("target " + entry.getKey() + " is not in this layout");
                }
                int at = PER_TARGET * index;
                int[] cells = entry.getValue().confusion().cells();
                for (int i = 0; i < cells.length; i++) {
                    target[at + i] += cells[i];
                }
                target[at + 9] += entry.getValue().missingPredictions();
            }
            target[PER_TARGET * targets.size()] += counts.unpairedPredictions();
            target[PER_TARGET * targets.size() + 1] += counts.duplicatePredictions();
        }

        @Override
        public StanceCounts decode(long[] sum) {
            SortedMap<String, TargetStanceCounts> byTarget = new TreeMap<>();
            for (int t = 0; t < targets.size(); t++) {
                int at = PER_TARGET * t;
                int[] cells = new int[9];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = Math.toIntExact(sum[at + i]);
                }
                TargetStanceCounts counts =
                        new TargetStanceCounts(new ConfusionMatrix(cells), Math.toIntExact(sum[at + 9]));
                // A target is present iff it had a gold instance, and then its matrix is non-empty.
                if (!counts.isZero()) {
                    byTarget.put(targets.get(t), counts);
                }
            }
            return new StanceCounts(byTarget, Math.toIntExact(sum[PER_TARGET * targets.size()]),
                    Math.toIntExact(sum[PER_TARGET * targets.size() + 1]));
        }
    }
}
