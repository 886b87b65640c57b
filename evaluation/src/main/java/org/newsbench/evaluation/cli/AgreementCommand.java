package org.newsbench.evaluation.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldReadOptions;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.metrics.AgreementScorer;
import org.newsbench.evaluation.metrics.EntityAgreement;
import org.newsbench.evaluation.metrics.StanceAgreement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agreement}: how far two annotators' gold files agree: entity span F1 (strict and partial, B scored against
 * A), Cohen's kappa and Krippendorff's alpha on stance, overall and per target. Annotator A's gold is named like any
 * gold; B's is a second gold of the same documents in any format ({@code --gold-b}), or B's CSV files.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-annotator agreement between two gold labellings of the same corpus.")
final class AgreementCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Option(names = "--gold-b", paramLabel = "PATH",
            description = "Annotator B's gold of the same documents, in any gold format.")
    Path goldB;

    @Option(names = "--entities-b", paramLabel = "FILE", description = "Annotator B's entities CSV.")
    Path entitiesB;

    @Option(names = "--stance-b", paramLabel = "FILE", description = "Annotator B's stance CSV.")
    Path stanceB;

    @Override
    public Integer call() throws Exception {
        GoldReadOptions options = gold.readOptions();
        GoldCorpus a = gold.read(options);
        List<EntityMention> entitiesA = a.entities();
        List<LabelledStance> stanceA = a.stances();
        List<EntityMention> entitiesBMentions;
        List<LabelledStance> stanceBLabels;
        Set<Task> tasksB = EnumSet.allOf(Task.class);
        String sourceB = "";
        if (goldB != null) {
            GoldCorpus b = gold.readOther(goldB, options);
            requireSameDocuments(a, b);
            entitiesBMentions = b.entities();
            stanceBLabels = b.stances();
            tasksB = b.description().tasks();
            sourceB = b.description().source();
        } else if (entitiesB != null || stanceB != null) {
            GoldCorpusReader reader = new GoldCorpusReader(gold.corpusReader(), GoldCorpusReader.DEFAULT_ENTITY_TYPES,
                    options);
            Map<String, Document> byId = a.documentsById();
            entitiesBMentions = entitiesB != null ? reader.readEntities(entitiesB, byId) : List.of();
            stanceBLabels = stanceB != null ? reader.readStance(stanceB, byId, a.targets()) : List.of();
            tasksB = EnumSet.noneOf(Task.class);
            if (entitiesB != null) {
                tasksB.add(Task.ENTITIES);
            }
            if (stanceB != null) {
                tasksB.add(Task.STANCE);
            }
            sourceB = String.valueOf(entitiesB != null ? entitiesB : stanceB);
        } else {
            throw new InvalidInputException("agreement", "name annotator B's gold: --gold-b PATH, or --entities-b "
                    + "FILE and/or --stance-b FILE");
        }

        if (a.labels(Task.ENTITIES) && tasksB.contains(Task.ENTITIES)) {
            EntityAgreement entities = AgreementScorer.entities(entitiesA, entitiesBMentions);
            System.out.printf(Locale.ROOT, "entities: A %d mentions, B %d; span F1 strict %.3f, partial %.3f%n",
                    entitiesA.size(), entitiesBMentions.size(), entities.strictF1(), entities.partialF1());
        }
        if (a.labels(Task.STANCE) && tasksB.contains(Task.STANCE)) {
            StanceAgreement stance = AgreementScorer.stance(stanceA, stanceBLabels);
            System.out.printf(Locale.ROOT, "stance: %d paired labels (%d only in A, %d only in B); Cohen's kappa "
                            + "%.3f, Krippendorff's alpha %.3f%n", stance.overall().total(), stance.onlyInA(),
                    stance.onlyInB(), stance.cohenKappa(), stance.krippendorffAlpha());
            for (StanceTarget target : a.targets()) {
                System.out.printf(Locale.ROOT, "  %-10s kappa %.3f, alpha %.3f, observed agreement %.3f%n",
                        target.id(), stance.cohenKappa(target.id()), stance.krippendorffAlpha(target.id()),
                        stance.target(target.id()).accuracy());
            }
        }
        // A task only one side labels has no agreement to measure; scoring it against nothing would print 0.
        for (Task task : Task.values()) {
            if (a.labels(task) && !tasksB.contains(task)) {
                System.out.printf("%s: not compared: B's gold %s labels no %s%n", taskName(task), sourceB,
                        taskName(task));
            }
        }
        return 0;
    }

    private static String taskName(Task task) {
        return task.name().toLowerCase(Locale.ROOT);
    }

    private static void requireSameDocuments(GoldCorpus a, GoldCorpus b) throws InvalidInputException {
        Map<String, Document> documentsA = a.documentsById();
        for (Document document : b.documents()) {
            Document same = documentsA.get(document.id());
            if (same == null || !same.text().equals(document.text())) {
                throw new InvalidInputException(b.description().source(), "document '" + document.id() + "' "
                        + (same == null ? "is not in annotator A's gold" : "has another text than in A's gold"));
            }
        }
    }
}
