package org.newsbench.evaluation.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceTarget;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.metrics.AgreementScorer;
import org.newsbench.evaluation.metrics.EntityAgreement;
import org.newsbench.evaluation.metrics.StanceAgreement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agreement}: how far two annotators' gold files agree: entity span F1 (strict and partial, B scored against
 * A), Cohen's kappa and Krippendorff's alpha on stance, overall and per target.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-annotator agreement between two gold labellings of the same corpus.")
final class AgreementCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Option(names = "--entities-b", paramLabel = "FILE", required = true, description = "Annotator B's entities CSV.")
    Path entitiesB;

    @Option(names = "--stance-b", paramLabel = "FILE", required = true, description = "Annotator B's stance CSV.")
    Path stanceB;

    @Override
    public Integer call() throws Exception {
        GoldSource source = gold.source();
        GoldCorpusReader reader = new GoldCorpusReader(gold.corpusReader(), GoldCorpusReader.DEFAULT_ENTITY_TYPES);
        List<Document> documents = gold.corpusReader().read(source.corpusDirectory());
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(document.id(), document));
        List<StanceTarget> targets = reader.readTargets(source.targetsCsv());

        List<EntityMention> entitiesA = reader.readEntities(source.entitiesCsv(), byId);
        List<EntityMention> entitiesBMentions = reader.readEntities(entitiesB, byId);
        List<LabelledStance> stanceA = reader.readStance(source.stanceCsv(), byId, targets);
        List<LabelledStance> stanceBLabels = reader.readStance(stanceB, byId, targets);

        EntityAgreement entities = AgreementScorer.entities(entitiesA, entitiesBMentions);
        StanceAgreement stance = AgreementScorer.stance(stanceA, stanceBLabels);
        System.out.printf(Locale.ROOT, "entities: A %d mentions, B %d; span F1 strict %.3f, partial %.3f%n",
                entitiesA.size(), entitiesBMentions.size(), entities.strictF1(), entities.partialF1());
        System.out.printf(Locale.ROOT, "stance: %d paired labels (%d only in A, %d only in B); Cohen's kappa %.3f, "
                        + "Krippendorff's alpha %.3f%n", stance.overall().total(), stance.onlyInA(), stance.onlyInB(),
                stance.cohenKappa(), stance.krippendorffAlpha());
        for (StanceTarget target : targets) {
            System.out.printf(Locale.ROOT, "  %-10s kappa %.3f, alpha %.3f, observed agreement %.3f%n", target.id(),
                    stance.cohenKappa(target.id()), stance.krippendorffAlpha(target.id()),
                    stance.target(target.id()).accuracy());
        }
        return 0;
    }
}
