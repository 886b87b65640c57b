package org.newsbench.evaluation.gold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;

/**
 * A validated corpus with its gold: documents in id order, entity mentions and stance labels sorted by document and
 * offset, the stance targets with their aliases, and where the gold came from and which tasks it labels.
 */
public record GoldCorpus(List<Document> documents, List<EntityMention> entities, List<LabelledStance> stances,
                         List<StanceTarget> targets, GoldDescription description) {

    public GoldCorpus {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        stances = List.copyOf(stances);
        targets = List.copyOf(targets);
    }

    /** A gold of both tasks in the project's CSV layout, its source unnamed. */
    public GoldCorpus(List<Document> documents, List<EntityMention> entities, List<LabelledStance> stances,
                      List<StanceTarget> targets) {
        this(documents, entities, stances, targets, GoldDescription.csv(""));
    }

    /** Whether the gold labels {@code task}: a gold without it has no mentions (or stance rows) to score against. */
    public boolean labels(Task task) {
        return description.tasks().contains(task);
    }

    public Map<String, Document> documentsById() {
        return documents.stream().collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    public List<EntityMention> entitiesOf(String docId) {
        return entities.stream().filter(mention -> mention.docId().equals(docId)).toList();
    }

    public List<LabelledStance> stancesOf(String docId) {
        return stances.stream().filter(stance -> stance.instance().docId().equals(docId)).toList();
    }

    /** The stance questions of one document, in gold order. */
    public List<StanceInstance> stanceInstancesOf(String docId) {
        return stancesOf(docId).stream().map(LabelledStance::instance).toList();
    }

    /** The entity types used in the gold. */
    public Set<String> entityTypes() {
        return entities.stream().map(EntityMention::type).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The gold restricted to some documents, for cross-validation folds. */
    public GoldCorpus restrictedTo(Set<String> docIds) {
        return new GoldCorpus(
                documents.stream().filter(document -> docIds.contains(document.id())).toList(),
                entities.stream().filter(mention -> docIds.contains(mention.docId())).toList(),
                stances.stream().filter(stance -> docIds.contains(stance.instance().docId())).toList(),
                targets, description);
    }
}
