package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.TrainingSet;

class OpenNlpTrainedEntityAnnotatorTest {

    private static OpenNlpTextSegmenter segmenter;
    private static OpenNlpTrainedEntityAnnotator annotator;
    private static List<Document> training;
    private static Document heldOut;
    private static List<EntityMention> heldOutMentions;

    @BeforeAll
    static void fitOnFourHandLabelledDocuments() throws Exception {
        segmenter = OpenNlpTextSegmenter.fromClasspathModels();
        List<Document> corpus = CorpusDocuments.all();
        // Hold out 000, whose spokesman "Andrey Yusov" is spelt "Andriy"/"Andrii" in the training documents.
        training = corpus.subList(1, 5);
        heldOut = corpus.get(0);
        annotator = new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults()));
        annotator.fit(new TrainingSet(training, HandLabels.of(training), List.of()));
        heldOutMentions = annotator.annotateEntities(heldOut);
    }

    @Test
    void aSerialisedAndRestoredAnnotatorFindsTheSameMentionsInTheHeldOutDocument() throws Exception {
        OpenNlpTrainedEntityAnnotator restored = SerialisedCopy.of(annotator, OpenNlpTrainedEntityAnnotator.class);

        assertThat(restored).isNotSameAs(annotator);
        assertThat(restored.annotateEntities(heldOut)).isNotEmpty().isEqualTo(heldOutMentions);
        assertThat(restored.sentences(heldOut)).isEqualTo(annotator.sentences(heldOut));
        // The notes of the fit travel with the model; the training data does not.
        assertThat(restored.diagnostics().notes().get(0)).startsWith("training: ")
                .isEqualTo(annotator.diagnostics().notes().get(0));
        assertThat(restored.lastTrainingData()).isNull();
    }

    @Test
    void anUnfittedAnnotatorRestoresUnfitted() throws Exception {
        OpenNlpTrainedEntityAnnotator unfitted = SerialisedCopy.of(new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults())),
                OpenNlpTrainedEntityAnnotator.class);

        assertThatThrownBy(() -> unfitted.annotateEntities(heldOut)).isInstanceOf(AnnotationException.class)
                .hasMessageContaining("fit() has not been called");
    }

    @Test
    void heldOutMentionsSliceToTheirTextAndUseGoldTypes() {
        CodePointOffsets offsets = heldOut.offsets();
        assertThat(heldOutMentions).isNotEmpty();
        for (EntityMention mention : heldOutMentions) {
            assertThat(offsets.slice(mention.span())).isEqualTo(mention.text());
            assertThat(mention.docId()).isEqualTo(heldOut.id());
            assertThat(mention.type()).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC");
        }
    }

    @Test
    void findsAPersonNameInTheHeldOutDocumentThatTrainingNeverSaw() {
        Set<String> seen = HandLabels.of(training).stream().map(EntityMention::text).collect(Collectors.toSet());
        List<EntityMention> unseen = heldOutMentions.stream().filter(m -> !seen.contains(m.text())).toList();
        System.out.println("held-out mentions: " + heldOutMentions.stream()
                .map(m -> m.text() + "/" + m.type()).toList());
        System.out.println("never seen in training: " + unseen.stream().map(m -> m.text() + "/" + m.type()).toList());
        assertThat(seen).doesNotContain("Andrey Yusov");
        assertThat(unseen).contains(new EntityMention(heldOut.id(), HandLabels.of(heldOut).stream()
                .filter(m -> m.text().equals("Andrey Yusov")).findFirst().orElseThrow().span(), "PERSON",
                "Andrey Yusov"));
    }

    @Test
    void matchesMostHandLabelsOfTheHeldOutDocumentExactly() {
        List<EntityMention> gold = HandLabels.of(heldOut);
        long found = gold.stream().filter(g -> heldOutMentions.stream()
                .anyMatch(m -> m.span().equals(g.span()) && m.type().equals(g.type()))).count();
        System.out.println("held-out exact matches: " + found + " of " + gold.size() + " hand labels, "
                + heldOutMentions.size() + " predicted");
        assertThat(found).isGreaterThan(gold.size() / 2);
    }

    @Test
    void reportsTheGluedNameThatCannotBeEncoded() {
        EncodedNames encoded = annotator.lastTrainingData();
        assertThat(encoded.unencodable()).extracting(u -> u.mention().text()).contains("Yuri Zoria");
        assertThat(annotator.diagnostics().notes())
                .anyMatch(note -> note.contains("could not be encoded"))
                .anyMatch(note -> note.contains("Yuri Zoria") && note.contains("byYuri"));
    }

    @Test
    void possessivesAndHyphenatedCompoundsAreEncodedOnTheNamesOwnTokens() {
        EncodedNames encoded = annotator.lastTrainingData();
        List<String> unencodable = encoded.unencodable().stream().map(u -> u.mention().text()).toList();
        // "Ukraine’s", "Mali's" and "Russia-Ukraine" occur in the training documents.
        assertThat(unencodable).doesNotContain("Ukraine", "Mali", "Russia");
        assertThat(encoded.encodedMentions()).isGreaterThan(150);
    }

    @Test
    void emptyAndBlankDocumentsHaveNoMentions() throws Exception {
        assertThat(annotator.annotateEntities(new Document("empty", ""))).isEmpty();
        assertThat(annotator.annotateEntities(new Document("blank", " \n\n\t "))).isEmpty();
        assertThat(annotator.sentences(new Document("empty", ""))).isEmpty();
    }

    @Test
    void aTwentyThousandTokenDocumentFinishesWithValidOffsets() throws Exception {
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (segmenter.tokens(text.toString(), 0, text.length()).size() < 20_000) {
            text.append(CorpusDocuments.load(CorpusDocuments.IDS.get(paragraph++ % 5)).text()).append("\n\n");
        }
        Document large = new Document("large", text.toString());
        long started = System.nanoTime();
        List<EntityMention> mentions = annotator.annotateEntities(large);
        System.out.println("20k-token document: " + mentions.size() + " mentions in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        CodePointOffsets offsets = large.offsets();
        assertThat(mentions).hasSizeGreaterThan(100);
        for (EntityMention mention : mentions) {
            assertThat(mention.span().end()).isLessThanOrEqualTo(offsets.codePointLength());
            assertThat(offsets.slice(mention.span())).isEqualTo(mention.text());
        }
    }

    @Test
    void offsetsCountCodePointsAfterCharactersOutsideTheBmp() throws Exception {
        Document withEmoji = new Document("emoji", "\uD83D\uDE00\uD83D\uDE00 Andriy Yusov said Kiev aided JNIM.");
        List<EntityMention> mentions = annotator.annotateEntities(withEmoji);
        assertThat(mentions).isNotEmpty();
        for (EntityMention mention : mentions) {
            assertThat(withEmoji.offsets().slice(mention.span())).isEqualTo(mention.text());
            int utf16 = withEmoji.text().indexOf(mention.text());
            assertThat(mention.span().start()).isEqualTo(utf16 - 2);
        }
    }

    @Test
    void concurrentAnnotationGivesTheSameMentionsAsSequential() throws Exception {
        List<Document> corpus = CorpusDocuments.all();
        List<List<EntityMention>> sequential = new ArrayList<>();
        for (Document document : corpus) {
            sequential.add(annotator.annotateEntities(document));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Document document : corpus) {
                    futures.add(pool.submit(() -> annotator.annotateEntities(document)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % corpus.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fittingTwiceOnTheSameSetGivesTheSameMentions() throws Exception {
        OpenNlpTrainedEntityAnnotator again = new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults()));
        again.fit(new TrainingSet(training, HandLabels.of(training), List.of()));
        assertThat(again.annotateEntities(heldOut)).isEqualTo(heldOutMentions);
    }

    @Test
    void aTrainingSetWithoutEntitiesIsRejectedWithAClearMessage() throws Exception {
        OpenNlpTrainedEntityAnnotator fresh = new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults()));
        assertThatThrownBy(() -> fresh.fit(new TrainingSet(training, List.of(), List.of())))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining("no gold entity mention");
    }

    @Test
    void annotatingBeforeFittingNamesTheDocument() throws Exception {
        OpenNlpTrainedEntityAnnotator fresh = new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults()));
        assertThatThrownBy(() -> fresh.annotateEntities(heldOut))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining(heldOut.id());
    }
}
