package org.newsbench.evaluation.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceLabel;

/** Inter-annotator agreement between two gold annotations of the same documents (annotator A and annotator B). */
public final class AgreementScorer {

    private AgreementScorer() {
    }

    /**
     * Scores B's mentions against A's, document by document, over the documents either of them annotated.
     */
    public static EntityAgreement entities(List<EntityMention> annotatorA, List<EntityMention> annotatorB) {
        TreeSet<String> documents = new TreeSet<>();
        annotatorA.forEach(m -> documents.add(m.docId()));
        annotatorB.forEach(m -> documents.add(m.docId()));
        EntityDocumentCounts sum = EntityDocumentCounts.EMPTY;
        for (EntityDocumentCounts counts : EntityMatcher.countPerDocument(documents, annotatorA, annotatorB).values()) {
            sum = sum.plus(counts);
        }
        return new EntityAgreement(sum);
    }

    /**
     * Pairs the two annotators' labels by instance (document, sentence span, target id) and tabulates them per
     * target.
     *
     * @throws IllegalArgumentException if an annotator labels one instance twice
     */
    public static StanceAgreement stance(List<LabelledStance> annotatorA, List<LabelledStance> annotatorB) {
        Map<StanceMatcher.InstanceKey, StanceLabel> labelsA = byInstance(annotatorA, "A");
        Map<StanceMatcher.InstanceKey, StanceLabel> labelsB = byInstance(annotatorB, "B");
        SortedMap<String, int[]> cellsByTarget = new TreeMap<>();
        int onlyInA = 0;
        for (Map.Entry<StanceMatcher.InstanceKey, StanceLabel> entry : labelsA.entrySet()) {
            StanceLabel labelB = labelsB.get(entry.getKey());
            if (labelB == null) {
                onlyInA++;
                continue;
            }
            cellsByTarget.computeIfAbsent(entry.getKey().targetId(), t -> new int[9])
                    [ConfusionMatrix.index(entry.getValue(), labelB)]++;
        }
        int onlyInB = 0;
        for (StanceMatcher.InstanceKey key : labelsB.keySet()) {
            if (!labelsA.containsKey(key)) {
                onlyInB++;
            }
        }
        SortedMap<String, ConfusionMatrix> byTarget = new TreeMap<>();
        cellsByTarget.forEach((target, cells) -> byTarget.put(target, new ConfusionMatrix(cells)));
        return new StanceAgreement(byTarget, onlyInA, onlyInB);
    }

    private static Map<StanceMatcher.InstanceKey, StanceLabel> byInstance(List<LabelledStance> labelled,
                                                                          String annotator) {
        Map<StanceMatcher.InstanceKey, StanceLabel> byInstance = new LinkedHashMap<>();
        for (LabelledStance label : labelled) {
            if (byInstance.put(StanceMatcher.InstanceKey.of(label.instance()), label.label()) != null) {
                throw new IllegalArgumentException("annotator " + annotator + " labels one instance twice: "
                        + label.instance());
            }
        }
        return byInstance;
    }
}
