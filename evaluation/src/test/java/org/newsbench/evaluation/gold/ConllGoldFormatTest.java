package org.newsbench.evaluation.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.Task;

/** Hand-made CoNLL fixtures: the same two sentences tagged in IOB1, IOB2 and BIOES. */
class ConllGoldFormatTest {

    private static final String IOB2 = """
            -DOCSTART- -X- -X- O

            John NNP B-NP B-PER
            Smith NNP I-NP I-PER
            visited VBD B-VP O
            New NNP B-NP B-LOC
            York NNP I-NP I-LOC
            . . O O

            Acme NNP B-NP B-ORG
            Corp NNP I-NP I-ORG
            Paris NNP I-NP B-LOC
            Lyon NNP I-NP B-LOC

            -DOCSTART- -X- -X- O

            Mali NNP B-NP B-LOC
            """;

    /** IOB1: I- everywhere except where a mention directly follows one of the same type. */
    private static final String IOB1 = IOB2.replace("B-PER", "I-PER").replace("New NNP B-NP B-LOC",
            "New NNP B-NP I-LOC").replace("B-ORG", "I-ORG").replace("Paris NNP I-NP B-LOC", "Paris NNP I-NP I-LOC")
            .replace("Mali NNP B-NP B-LOC", "Mali NNP B-NP I-LOC");

    private static final String BIOES = IOB2.replace("Smith NNP I-NP I-PER", "Smith NNP I-NP E-PER")
            .replace("York NNP I-NP I-LOC", "York NNP I-NP E-LOC").replace("Corp NNP I-NP I-ORG", "Corp NNP I-NP E-ORG")
            .replace("Paris NNP I-NP B-LOC", "Paris NNP I-NP S-LOC").replace("Lyon NNP I-NP B-LOC", "Lyon NNP I-NP U-LOC")
            .replace("Mali NNP B-NP B-LOC", "Mali NNP B-NP S-LOC");

    @TempDir
    Path dir;

    private GoldCorpus read(String name, String content, GoldReadOptions options) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return new ConllGoldFormat().read(file, options);
    }

    private static List<EntityMention> expectedMentions(String stem) {
        return List.of(
                new EntityMention(stem + "-1", new Span(0, 10), "PERSON", "John Smith"),
                new EntityMention(stem + "-1", new Span(19, 27), "LOCATION", "New York"),
                new EntityMention(stem + "-1", new Span(30, 39), "ORGANIZATION", "Acme Corp"),
                new EntityMention(stem + "-1", new Span(40, 45), "LOCATION", "Paris"),
                new EntityMention(stem + "-1", new Span(46, 50), "LOCATION", "Lyon"),
                new EntityMention(stem + "-2", new Span(0, 4), "LOCATION", "Mali"));
    }

    @Test
    void documentsAreTokensJoinedBySpacesAndSentencesByLineBreaks() throws Exception {
        GoldCorpus gold = read("test.conll", IOB2, GoldReadOptions.DEFAULT);
        assertThat(gold.documents()).containsExactly(
                new Document("test-1", "John Smith visited New York .\nAcme Corp Paris Lyon"),
                new Document("test-2", "Mali"));
        assertThat(gold.entities()).containsExactlyElementsOf(expectedMentions("test"));
        assertThat(gold.description().format()).isEqualTo("conll");
        assertThat(gold.description().tasks()).containsExactly(Task.ENTITIES);
    }

    @Test
    void iob1AndIob2ReadIdentically() throws Exception {
        assertThat(IOB1).isNotEqualTo(IOB2).contains("I-PER\n").doesNotContain("B-PER");
        GoldCorpus iob1 = read("a.iob", IOB1, GoldReadOptions.DEFAULT);
        assertThat(iob1.entities()).containsExactlyElementsOf(expectedMentions("a"));
    }

    @Test
    void bioesAndBilouReadWithTheBioesScheme() throws Exception {
        GoldCorpus bioes = read("a.bioes", BIOES, GoldReadOptions.DEFAULT.withTagScheme(TagScheme.BIOES));
        assertThat(bioes.entities()).containsExactlyElementsOf(expectedMentions("a"));
    }

    @Test
    void bioesTagsAreUnknownToTheIobScheme() {
        assertThatThrownBy(() -> read("a.bioes", BIOES, GoldReadOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("a.bioes") + ":4:4:")
                .hasMessageContaining("unknown tag 'E-PER'");
    }

    @Test
    void unknownTagPrefixNamesFileLineAndColumn() {
        assertThatThrownBy(() -> read("bad.conll", "John X-PER\nSmith I-PER\n", GoldReadOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("bad.conll") + ":1:2:")
                .hasMessageContaining("unknown tag 'X-PER'");
    }

    @Test
    void lineWithOtherColumnCountThanItsSentenceNamesFileAndLine() {
        assertThatThrownBy(() -> read("bad.conll", "John NNP B-PER\nSmith I-PER\n", GoldReadOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("bad.conll") + ":2:")
                .hasMessageContaining("has 2 columns; its sentence's first line (1) has 3");
    }

    @Test
    void withoutDocstartEachSentenceIsADocumentAndIdsAreZeroPadded() throws Exception {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            file.append("Mali B-LOC\ncut O\n\n");
        }
        GoldCorpus gold = read("dev.txt", file.toString(), GoldReadOptions.DEFAULT);
        assertThat(gold.documents()).hasSize(10);
        assertThat(gold.documents().get(0)).isEqualTo(new Document("dev-01", "Mali cut"));
        assertThat(gold.documents().get(9).id()).isEqualTo("dev-10");
    }

    @Test
    void typeMapRenamesGoldTypesAndByteOrderMarkIsAccepted() throws Exception {
        Path map = dir.resolve("types.txt");
        Files.writeString(map, "\uFEFF# CoNLL to ours\nLOC=PLACE\n");
        GoldReadOptions options = new GoldReadOptions(EntityTypeMap.read(map), TagScheme.IOB, OffsetUnit.CODEPOINT,
                null, false, true, CorpusReader.DEFAULT_MAX_DOCUMENT_CHARS);
        GoldCorpus gold = read("t.conll", "\uFEFFMali B-LOC\nsaid O\nJohn B-PER\n", options);
        assertThat(gold.entities()).extracting(EntityMention::type).containsExactly("PLACE", "PERSON");
        assertThat(gold.documents().get(0).text()).isEqualTo("Mali said John");
    }

    @Test
    void malformedTypeMapNamesFileAndLine() throws IOException {
        Path map = dir.resolve("types.txt");
        Files.writeString(map, "LOC=PLACE\nPER PERSON\n");
        assertThatThrownBy(() -> EntityTypeMap.read(map)).hasMessageStartingWith(map + ":2:1:");
        assertThat(EntityTypeMap.CONLL_DEFAULT.names()).containsAllEntriesOf(Map.of("PER", "PERSON"));
    }
}
