package org.newsbench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * The {@code corenlp} provider with coarse NER (fast to load and run; the adapter is the same for both modes), run on
 * the corpus. Loads one pipeline.
 */
class CoreNlpEntityAnnotatorTest {

    private static final Set<String> GOLD_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private static final ProviderConfiguration COARSE =
            ProviderConfiguration.of(Map.of("ner.applyFineGrained", "false"));

    private static CoreNlpEntityAnnotator annotator;
    /** The corpus annotated one document after another, in {@link CorpusText#all()}'s order. */
    private static List<List<EntityMention>> sequentialCorpusMentions;

    @BeforeAll
    static void loadPipelineAndAnnotateTheCorpus() throws Exception {
        annotator = (CoreNlpEntityAnnotator) new CoreNlpEntityProvider().create(COARSE);
        sequentialCorpusMentions = new ArrayList<>();
        for (Document document : CorpusText.all()) {
            sequentialCorpusMentions.add(annotator.annotateEntities(document));
        }
    }

    @AfterAll
    static void close() throws Exception {
        annotator.close();
    }

    @Test
    void everyCorpusMentionSlicesToItsTextAndHasAGoldType() {
        List<Document> documents = CorpusText.all();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            CodePointOffsets offsets = document.offsets();
            List<EntityMention> mentions = sequentialCorpusMentions.get(i);
            assertThat(mentions).as(document.id()).isNotEmpty();
            for (EntityMention mention : mentions) {
                assertThat(offsets.slice(mention.span())).isEqualTo(mention.text());
                assertThat(mention.docId()).isEqualTo(document.id());
                assertThat(mention.type()).isIn(GOLD_TYPES);
                assertThat(mention.text()).as("pronoun").isNotIn("He", "he", "She", "she", "They", "they", "his");
                assertThat(mention.text().codePoints().anyMatch(Character::isLetterOrDigit)).isTrue();
            }
        }
    }

    @Test
    void countriesAndPeopleOfTheCorpusAreFoundWithMappedTypes() throws Exception {
        List<EntityMention> mentions = annotator.annotateEntities(CorpusText.document("001_f23d0374e383327e"));
        assertThat(mentions).extracting(EntityMention::text, EntityMention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Mali", "LOCATION"),
                        org.assertj.core.groups.Tuple.tuple("Ukraine", "LOCATION"),
                        org.assertj.core.groups.Tuple.tuple("Andriy Yusov", "PERSON"));
    }

    @Test
    void anEmojiBeforeAMentionKeepsCodePointOffsetsRight() throws Exception {
        String text = "\uD83D\uDE00\uD83D\uDE00 Mali cut ties with Ukraine on Sunday.";
        Document document = new Document("emoji", text);
        List<EntityMention> mentions = annotator.annotateEntities(document);
        assertThat(mentions).extracting(EntityMention::text).contains("Mali", "Ukraine");
        EntityMention mali = mentions.stream().filter(m -> m.text().equals("Mali")).findFirst().orElseThrow();
        // Two emoji (four UTF-16 units, two code points) and a space come first.
        assertThat(mali.span()).isEqualTo(new Span(3, 7));
        for (EntityMention mention : mentions) {
            assertThat(document.offsets().slice(mention.span())).isEqualTo(mention.text());
        }
    }

    @Test
    void anEmptyBlankOrNullDocumentHasNoMentionsAndNoSentences() throws Exception {
        assertThat(annotator.annotateEntities(new Document("empty", ""))).isEmpty();
        assertThat(annotator.annotateEntities(new Document("blank", " \n\t "))).isEmpty();
        assertThat(annotator.annotateEntities(null)).isEmpty();
        assertThat(annotator.sentences(new Document("empty", ""))).isEmpty();
    }

    @Test
    void pronounsAreDroppedAndCountedInDiagnostics() throws Exception {
        Document document = new Document("pronoun", "Andriy Yusov spoke in Kiev. He said he would return.");
        List<EntityMention> mentions = annotator.annotateEntities(document);
        assertThat(mentions).extracting(EntityMention::text).contains("Andriy Yusov").doesNotContain("He", "he");
        assertThat(annotator.diagnostics().notes()).anyMatch(note -> note.contains("pronoun"));
    }

    @Test
    void datesAndNumbersAreDroppedAndCountedAsDroppedLabels() throws Exception {
        Document document = new Document("numbers", "On 3 August 2024, 47 Malian soldiers died near Tinzaouaten.");
        List<EntityMention> mentions = annotator.annotateEntities(document);
        assertThat(mentions).extracting(EntityMention::text).doesNotContain("47", "3 August 2024");
        assertThat(annotator.diagnostics().droppedLabels()).containsKeys("DATE", "NUMBER");
    }

    @Test
    void aTwelveThousandTokenDocumentFinishesQuickly() throws Exception {
        StringBuilder text = new StringBuilder();
        // The corpus is ~3,000 CoreNLP tokens: four copies make ~12,000, four times a long news article.
        while (text.length() < 4 * 16_585) {
            for (Document document : CorpusText.all()) {
                text.append(document.text()).append('\n');
            }
        }
        Document big = new Document("big", text.toString());
        long start = System.nanoTime();
        List<EntityMention> mentions = annotator.annotateEntities(big);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(90));
        assertThat(mentions.size()).isGreaterThan(500);
        CodePointOffsets offsets = big.offsets();
        mentions.forEach(mention -> assertThat(offsets.slice(mention.span())).isEqualTo(mention.text()));
    }

    @Test
    void sentencesAreOrderedNonOverlappingSpansEndingAtLineBreaks() throws Exception {
        Document document = CorpusText.document("003_ec6aab1b09965471");
        List<Span> sentences = annotator.sentences(document);
        assertThat(sentences).hasSizeGreaterThan(10);
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
        }
        // The boilerplate lines "Eng" and "Esp" are sentences of their own.
        assertThat(sentences.subList(0, 2)).extracting(span -> document.offsets().slice(span))
                .containsExactly("Eng", "Esp");
    }

    @Test
    void concurrentCallsGiveTheSameMentionsAsSequentialOnes() throws Exception {
        List<Document> documents = CorpusText.all();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<EntityMention>>> futures = new ArrayList<>();
            for (Document document : documents) {
                futures.add(pool.submit(() -> annotator.annotateEntities(document)));
            }
            for (int i = 0; i < documents.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequentialCorpusMentions.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondAnnotatorWithTheSameConfigurationReusesTheLoadedPipeline(@TempDir Path dir) throws Exception {
        int loaded = CoreNlpPipelineCache.loadedCount();
        new CoreNlpEntityProvider().create(COARSE).close();
        // A replaced mapping changes no pipeline property either.
        Path mapping = dir.resolve("no-locations.properties");
        Files.writeString(mapping, "PERSON=PERSON\nORGANIZATION=ORGANIZATION\nMISC=MISC\nLOCATION=\n");
        var noLocations = (CoreNlpEntityAnnotator) new CoreNlpEntityProvider()
                .create(ProviderConfiguration.of(Map.of("ner.applyFineGrained", "false", "mapping.file", mapping.toString())));
        assertThat(CoreNlpPipelineCache.loadedCount()).isEqualTo(loaded);

        List<EntityMention> mentions = noLocations.annotateEntities(CorpusText.document("000_fec9100097241395"));
        assertThat(mentions).isNotEmpty().extracting(EntityMention::type).doesNotContain("LOCATION");
        assertThat(noLocations.diagnostics().droppedLabels()).containsKey("LOCATION");
    }
}
