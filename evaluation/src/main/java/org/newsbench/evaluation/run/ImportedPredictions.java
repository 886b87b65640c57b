package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.gold.ConllGoldFormat;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.InvalidInputException;

/**
 * A system's output made outside this tool ({@code --predictions ID=PATH}), read like gold in any format, as one more
 * provider run: scored with the same intervals and significance tests as every provider.
 *
 * <p>Documents are matched by id; a CoNLL file's ids come from its file name, so when they do not match, its documents
 * are matched to the gold's in order. Each matched document's text must equal the gold's. A gold document the file
 * lacks, or a gold stance question it does not answer, fails that document, as a provider's failure would.
 */
public final class ImportedPredictions {

    private ImportedPredictions() {
    }

    public static ProviderRun run(String id, GoldCorpus predictions, GoldCorpus gold) throws InvalidInputException {
        String file = predictions.description().source();
        Map<String, String> goldIdOf = matchDocuments(file, predictions, gold);
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        for (Task task : Task.values()) {
            if (predictions.labels(task) && gold.labels(task)) {
                tasks.add(task);
            }
        }
        if (tasks.isEmpty()) {
            throw new InvalidInputException(file, "labels no task the gold labels (" + gold.description().tasks()
                    + "): nothing to score");
        }
        ProviderDescriptor descriptor = new ProviderDescriptor(id, "Predictions read from " + file + " ("
                + predictions.description().format() + ")", "external", "-", "1", tasks, false);
        Map<String, String> failures = new TreeMap<>();
        gold.documents().stream().map(Document::id).filter(docId -> !goldIdOf.containsValue(docId))
                .forEach(docId -> failures.put(docId, "not in the predictions file " + file));

        List<EntityMention> entities = new ArrayList<>();
        if (tasks.contains(Task.ENTITIES)) {
            for (EntityMention mention : predictions.entities()) {
                String docId = goldIdOf.get(mention.docId());
                entities.add(new EntityMention(docId, mention.span(), mention.type(), mention.text()));
            }
        }
        List<StancePrediction> stances = new ArrayList<>();
        if (tasks.contains(Task.STANCE)) {
            Map<String, LabelledStance> predicted = new HashMap<>();
            for (LabelledStance row : predictions.stances()) {
                predicted.put(key(goldIdOf.get(row.instance().docId()), row.instance().span(),
                        row.instance().target().id()), row);
            }
            for (LabelledStance question : gold.stances()) {
                String docId = question.instance().docId();
                LabelledStance answer = predicted.get(key(docId, question.instance().span(),
                        question.instance().target().id()));
                if (answer != null) {
                    stances.add(new StancePrediction(question.instance(), answer.label()));
                } else if (!failures.containsKey(docId)) {
                    failures.put(docId, "the predictions file " + file + " has no stance for sentence "
                            + question.instance().span() + " and target " + question.instance().target().id());
                }
            }
        }
        entities.removeIf(mention -> failures.containsKey(mention.docId()));
        entities.sort(Comparator.comparing(EntityMention::docId).thenComparing(EntityMention::span)
                .thenComparing(EntityMention::type));
        stances.removeIf(prediction -> failures.containsKey(prediction.instance().docId()));
        boolean allFailed = failures.size() == gold.documents().size();
        String reason = allFailed ? "no gold document has predictions in " + file
                : failures.isEmpty() ? "" : failures.size() + " of " + gold.documents().size() + " documents failed";
        return new ProviderRun(descriptor, allFailed ? RunStatus.FAILED : RunStatus.RAN, reason,
                Protocol.PREDICTIONS_FILE, 0, entities, stances, failures, AnnotatorDiagnostics.NONE, RunTiming.NONE,
                file);
    }

    private static String key(String docId, Span span, String target) {
        return docId + "\u0000" + span + "\u0000" + target;
    }

    /** Predictions document id to gold document id, every matched pair's text checked. */
    private static Map<String, String> matchDocuments(String file, GoldCorpus predictions, GoldCorpus gold)
            throws InvalidInputException {
        Map<String, Document> goldById = gold.documentsById();
        boolean byId = predictions.documents().stream().allMatch(document -> goldById.containsKey(document.id()));
        boolean inOrder = !byId && predictions.description().format().equals(ConllGoldFormat.NAME)
                && predictions.documents().size() == gold.documents().size();
        if (!byId && !inOrder) {
            String unknown = predictions.documents().stream().map(Document::id)
                    .filter(docId -> !goldById.containsKey(docId)).findFirst().orElseThrow();
            throw new InvalidInputException(file, "document '" + unknown + "' is not in the gold"
                    + (predictions.description().format().equals(ConllGoldFormat.NAME)
                    ? " (and the file has " + predictions.documents().size() + " documents, the gold "
                    + gold.documents().size() + ", so they cannot be matched in order)" : ""));
        }
        Map<String, String> goldIdOf = new LinkedHashMap<>();
        for (int i = 0; i < predictions.documents().size(); i++) {
            Document predicted = predictions.documents().get(i);
            Document expected = byId ? goldById.get(predicted.id()) : gold.documents().get(i);
            if (!predicted.text().equals(expected.text())) {
                throw new InvalidInputException(file, "document '" + predicted.id() + "' does not have the text of "
                        + "gold document '" + expected.id() + "'" + firstDifference(predicted.text(), expected.text()));
            }
            goldIdOf.put(predicted.id(), expected.id());
        }
        return goldIdOf;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "; they differ from character " + i + ": '" + a.substring(i, Math.min(a.length(), i + 30))
                + "' vs '" + b.substring(i, Math.min(b.length(), i + 30)) + "'";
    }
}
