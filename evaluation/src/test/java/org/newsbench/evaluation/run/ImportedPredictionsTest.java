package org.newsbench.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldDescription;
import org.newsbench.evaluation.gold.InvalidInputException;

class ImportedPredictionsTest {

    private static final StanceTarget MALI = new StanceTarget("MALI", List.of("MALI"));
    private static final List<Document> GOLD_DOCUMENTS = List.of(new Document("test-1", "Mali cut ties ."),
            new Document("test-2", "Kofi Mensah spoke ."));
    private static final GoldCorpus GOLD = new GoldCorpus(GOLD_DOCUMENTS,
            List.of(new EntityMention("test-1", new Span(0, 4), "LOCATION", "Mali")),
            List.of(stance("test-1", 15, StanceLabel.AGAINST), stance("test-2", 19, StanceLabel.NONE)), List.of(MALI),
            new GoldDescription("jsonl", "test.jsonl", EnumSet.allOf(Task.class), List.of()));

    private static LabelledStance stance(String docId, int end, StanceLabel label) {
        return new LabelledStance(new StanceInstance(docId, new Span(0, end), MALI), label, "");
    }

    private static GoldCorpus predictions(String format, List<Document> documents, List<EntityMention> entities,
                                          List<LabelledStance> stances, EnumSet<Task> tasks) {
        return new GoldCorpus(documents, entities, stances, List.of(MALI),
                new GoldDescription(format, "out." + format, tasks, List.of()));
    }

    @Test
    void conllFileUnderAnotherNameIsMatchedToTheGoldInOrder() throws InvalidInputException {
        List<Document> renamed = List.of(new Document("spacy-1", "Mali cut ties ."),
                new Document("spacy-2", "Kofi Mensah spoke ."));
        ProviderRun run = ImportedPredictions.run("spacy", predictions("conll", renamed,
                List.of(new EntityMention("spacy-2", new Span(0, 11), "PERSON", "Kofi Mensah")), List.of(),
                EnumSet.of(Task.ENTITIES)), GOLD);

        assertThat(run.status()).isEqualTo(RunStatus.RAN);
        assertThat(run.protocol()).isEqualTo(Protocol.PREDICTIONS_FILE);
        assertThat(run.protocolDescription()).isEqualTo("predictions from out.conll");
        assertThat(run.provider().tasks()).containsExactly(Task.ENTITIES);
        assertThat(run.entities()).containsExactly(new EntityMention("test-2", new Span(0, 11), "PERSON",
                "Kofi Mensah"));
    }

    @Test
    void missingDocumentOrUnansweredStanceQuestionFailsThatDocumentOnly() throws InvalidInputException {
        ProviderRun run = ImportedPredictions.run("partial", predictions("jsonl", List.of(GOLD_DOCUMENTS.get(0)),
                List.of(), List.of(stance("test-1", 15, StanceLabel.FAVOR)), EnumSet.of(Task.STANCE)), GOLD);

        assertThat(run.failedDocuments()).containsOnlyKeys("test-2");
        assertThat(run.failedDocuments().get("test-2")).contains("not in the predictions file out.jsonl");
        assertThat(run.stances()).extracting(p -> p.label()).containsExactly(StanceLabel.FAVOR);
        assertThat(run.reason()).isEqualTo("1 of 2 documents failed");
    }

    @Test
    void unknownDocumentOrOtherTextIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> ImportedPredictions.run("x", predictions("jsonl",
                List.of(new Document("test-9", "Mali cut ties .")), List.of(), List.of(), EnumSet.of(Task.ENTITIES)),
                GOLD)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("out.jsonl: document 'test-9' is not in the gold");
        assertThatThrownBy(() -> ImportedPredictions.run("x", predictions("jsonl",
                List.of(new Document("test-1", "Mali cut ties!")), List.of(), List.of(), EnumSet.of(Task.ENTITIES)),
                GOLD)).hasMessageContaining("does not have the text of gold document 'test-1'");
    }
}
