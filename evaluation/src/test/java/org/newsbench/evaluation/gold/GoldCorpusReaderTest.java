package org.newsbench.evaluation.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusReaderTest {

    private static final String TEXT = "Kiev called the move short-sighted. Mali cut ties.\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeValidGold() throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/doc1.txt"), TEXT);
        Files.writeString(dir.resolve("targets.csv"), "target,alias\nUKRAINE,Kiev\nMALI,Mali\n");
        Files.writeString(dir.resolve("entities.csv"), "doc_id,start,end,type,text\n"
                + "doc1,0,4,LOCATION,Kiev\n"
                + "doc1,36,40,LOCATION,Mali\n");
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,NONE,\n"
                + "doc1,0,35,MALI,AGAINST,Kiev\n"
                + "doc1,36,50,UKRAINE,NONE,\n"
                + "doc1,36,50,MALI,NONE,\n");
    }

    private GoldCorpus read() throws InvalidInputException {
        return new GoldCorpusReader().read(GoldSource.inDirectory(dir));
    }

    private GoldCorpus readFullGrid() throws InvalidInputException {
        return new GoldCorpusReader(new CorpusReader(), GoldCorpusReader.DEFAULT_ENTITY_TYPES,
                GoldReadOptions.DEFAULT.withFullStanceGrid()).read(GoldSource.inDirectory(dir));
    }

    private void entitiesRow(String row) throws IOException {
        Files.writeString(dir.resolve("entities.csv"), "doc_id,start,end,type,text\ndoc1,0,4,LOCATION,Kiev\n" + row);
    }

    @Test
    void readsValidGold() throws Exception {
        GoldCorpus gold = read();
        assertThat(gold.documents()).hasSize(1);
        assertThat(gold.entities()).extracting(m -> m.text()).containsExactly("Kiev", "Mali");
        assertThat(gold.stances()).hasSize(4);
        assertThat(gold.targets()).extracting(t -> t.id()).containsExactly("UKRAINE", "MALI");
    }

    @Test
    void predictionsEntitiesCsvWithTheLibrarysLabelsReadsWithThemKept() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "doc_id,start,end,type,text,source_label\n"
                + "doc1,0,4,LOCATION,Kiev,CITY\n"
                + "doc1,36,40,LOCATION,Mali,COUNTRY\n");
        assertThat(read().entities()).extracting(m -> m.text() + " " + m.type() + " " + m.sourceLabel())
                .containsExactly("Kiev LOCATION CITY", "Mali LOCATION COUNTRY");
    }

    @Test
    void anyOtherExtraColumnIsRejectedNamingTheAcceptedHeaders() throws IOException {
        Files.writeString(dir.resolve("entities.csv"), "doc_id,start,end,type,text,score\ndoc1,0,4,LOCATION,Kiev,1\n");
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("entities.csv") + ":1:")
                .hasMessageContaining("expected doc_id,start,end,type,text (optionally followed by source_label)");
    }

    @Test
    void malformedRowIsRejectedWithFileAndLine() throws IOException {
        entitiesRow("doc1,36,40,LOCATION\n");
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("entities.csv") + ":3:")
                .hasMessageContaining("4 fields; expected 5");
    }

    @Test
    void unclosedQuoteIsMalformedCsvNamingTheFile() throws IOException {
        entitiesRow("doc1,36,40,LOCATION,\"Mali\n");
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("entities.csv").toString())
                .hasMessageContaining("malformed CSV");
    }

    @Test
    void unclosedQuoteNamesTheLineWhereTheFieldOpensInPlainWords() throws IOException {
        entitiesRow("doc1,36,40,LOCATION,\"Mali\n");
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
                .hasMessage(dir.resolve("entities.csv") + ":3: malformed CSV: a quoted field that opens on this line "
                        + "is never closed (a '\"' is missing)");
    }

    @Test
    void characterAfterAClosingQuoteNamesTheLineWithoutTheParsersOwnPosition() throws IOException {
        entitiesRow("doc1,36,40,LOCATION,\"Mali\"x\n");
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
                .hasMessage(dir.resolve("entities.csv") + ":3: malformed CSV: Invalid character between "
                        + "encapsulated token and delimiter");
    }

    @Test
    void textThatDoesNotMatchTheOffsetsNamesLineAndColumn() throws IOException {
        entitiesRow("doc1,36,40,LOCATION,Mail\n");
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("entities.csv") + ":3:5:")
                .hasMessageContaining("'Mail'").hasMessageContaining("'Mali'");
    }

    @Test
    void offsetPastTheEndIsRejected() throws IOException {
        entitiesRow("doc1,36,4000,LOCATION,Mali\n");
        assertThatThrownBy(this::read).hasMessageStartingWith(dir.resolve("entities.csv") + ":3:3:")
                .hasMessageContaining("past the end of document 'doc1' (51 code points)");
    }

    @Test
    void unknownDocumentTypeAndNumberAreRejected() throws IOException {
        entitiesRow("doc9,36,40,LOCATION,Mali\n");
        assertThatThrownBy(this::read).hasMessageContaining(":3:1:").hasMessageContaining("unknown document 'doc9'");
        entitiesRow("doc1,36,40,COUNTRY,Mali\n");
        assertThatThrownBy(this::read).hasMessageContaining(":3:4:").hasMessageContaining("unknown type 'COUNTRY'");
        entitiesRow("doc1,3x,40,LOCATION,Mali\n");
        assertThatThrownBy(this::read).hasMessageContaining(":3:2:").hasMessageContaining("'3x' is not a whole number");
    }

    @Test
    void overlappingEntitiesAreRejectedNamingTheOtherLine() throws IOException {
        entitiesRow("doc1,0,11,LOCATION,Kiev called\n");
        assertThatThrownBy(this::read).hasMessageContaining(":3:")
                .hasMessageContaining("overlaps [0, 4) (line 2)");
    }

    @Test
    void wrongHeaderIsRejected() throws IOException {
        Files.writeString(dir.resolve("entities.csv"), "doc,start,end,type,text\n");
        assertThatThrownBy(this::read).hasMessageStartingWith(dir.resolve("entities.csv") + ":1:")
                .hasMessageContaining("expected doc_id,start,end,type,text");
    }

    @Test
    void nonUtf8FileIsRejectedWithLineAndColumn() throws IOException {
        byte[] latin1 = "doc_id,start,end,type,text\ndoc1,0,4,LOCATION,Kïev\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("entities.csv"), latin1);
        assertThatThrownBy(this::read).hasMessageStartingWith(dir.resolve("entities.csv") + ":2:20:")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void theFullGridNeedsOneRowPerSentenceAndTarget() throws IOException {
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,NONE,\n"
                + "doc1,36,50,UKRAINE,NONE,\n"
                + "doc1,36,50,MALI,NONE,\n");
        assertThatThrownBy(this::readFullGrid).hasMessageContaining(":2:")
                .hasMessageContaining("no row for target(s) [MALI]");
    }

    @Test
    void sparseStanceGoldReadsWithoutTheFullGrid() throws Exception {
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,MALI,AGAINST,Kiev\n");
        GoldCorpus gold = read();
        assertThat(gold.stances()).hasSize(1);
        assertThat(gold.stanceInstancesOf("doc1")).extracting(i -> i.target().id()).containsExactly("MALI");
    }

    @Test
    void entityOnlyCorpusNeedsNoStanceOrTargetsFile() throws Exception {
        Files.delete(dir.resolve("stance.csv"));
        Files.delete(dir.resolve("targets.csv"));
        GoldCorpus gold = read();
        assertThat(gold.labels(Task.ENTITIES)).isTrue();
        assertThat(gold.labels(Task.STANCE)).isFalse();
        assertThat(gold.entities()).hasSize(2);
        assertThat(gold.targets()).isEmpty();
    }

    @Test
    void stanceOnlyCorpusWithoutTargetsMakesEachTargetItsOwnAlias() throws Exception {
        Files.delete(dir.resolve("entities.csv"));
        Files.delete(dir.resolve("targets.csv"));
        GoldCorpus gold = read();
        assertThat(gold.labels(Task.ENTITIES)).isFalse();
        assertThat(gold.labels(Task.STANCE)).isTrue();
        assertThat(gold.targets()).containsExactly(new StanceTarget("UKRAINE", List.of("UKRAINE")),
                new StanceTarget("MALI", List.of("MALI")));
    }

    @Test
    void targetWithoutAliasIsItsOwnAlias() throws Exception {
        Files.writeString(dir.resolve("targets.csv"), "target,alias\nUKRAINE,Kiev\nMALI,\n");
        assertThat(read().targets()).containsExactly(new StanceTarget("UKRAINE", List.of("Kiev")),
                new StanceTarget("MALI", List.of("MALI")));
    }

    @Test
    void byteOrderMarkBeforeTheHeaderOrTheTextIsAccepted() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "\uFEFFdoc_id,start,end,type,text\ndoc1,0,4,LOCATION,Kiev\n");
        Files.writeString(dir.resolve("targets.csv"), "\uFEFFtarget,alias\nUKRAINE,Kiev\nMALI,Mali\n");
        Files.writeString(dir.resolve("corpus/doc1.txt"), "\uFEFF" + TEXT);
        GoldCorpus gold = read();
        assertThat(gold.documents().get(0).text()).isEqualTo(TEXT);
        assertThat(gold.entities()).extracting(m -> m.text()).containsExactly("Kiev");
    }

    @Test
    void noGoldFileAtAllIsAnError() throws IOException {
        Files.delete(dir.resolve("entities.csv"));
        Files.delete(dir.resolve("stance.csv"));
        assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class).hasMessageContaining("no gold");
    }

    @Test
    void holderMustBeEmptyExactlyForNone() throws IOException {
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,NONE,Kiev\n");
        assertThatThrownBy(this::read).hasMessageContaining(":2:6:").hasMessageContaining("must be empty for NONE");
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,FAVOR,\n");
        assertThatThrownBy(this::read).hasMessageContaining(":2:6:").hasMessageContaining("names who holds the stance");
    }

    @Test
    void unknownStanceLabelAndTargetAreRejected() throws IOException {
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,PRO,Kiev\n");
        assertThatThrownBy(this::read).hasMessageContaining(":2:5:").hasMessageContaining("unknown label 'PRO'");
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,NIGER,NONE,\n");
        assertThatThrownBy(this::read).hasMessageContaining(":2:4:").hasMessageContaining("unknown target 'NIGER'");
    }

    @Test
    void sentenceWithSurroundingWhitespaceOrUncoveredTextIsRejected() throws IOException {
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,36,UKRAINE,NONE,\ndoc1,0,36,MALI,NONE,\n");
        assertThatThrownBy(this::read).hasMessageContaining("starts or ends with white space");
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,NONE,\ndoc1,0,35,MALI,NONE,\n");
        assertThatThrownBy(this::readFullGrid)
                .hasMessageContaining("text at code point 36 belongs to no sentence: 'Mali cut");
    }

    @Test
    void overlappingSentencesAreRejected() throws IOException {
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,35,UKRAINE,NONE,\ndoc1,0,35,MALI,NONE,\n"
                + "doc1,21,50,UKRAINE,NONE,\n");
        assertThatThrownBy(this::read).hasMessageContaining(":4:").hasMessageContaining("overlaps [0, 35) (line 2)");
    }

    @Test
    void emptyDocumentIsRejectedNamingIt() throws IOException {
        Files.writeString(dir.resolve("corpus/empty.txt"), "  \n");
        assertThatThrownBy(this::read).hasMessageContaining("empty.txt").hasMessageContaining("'empty' is empty");
    }

    @Test
    void documentOverTheSizeLimitIsRejected() throws IOException {
        Files.writeString(dir.resolve("corpus/big.txt"), "word ".repeat(100));
        GoldCorpusReader reader = new GoldCorpusReader(new CorpusReader(100), GoldCorpusReader.DEFAULT_ENTITY_TYPES);
        assertThatThrownBy(() -> reader.read(GoldSource.inDirectory(dir))).hasMessageContaining("big.txt")
                .hasMessageContaining("limit of 100 characters");
    }

    @Test
    void offsetsCountCodePointsAfterAnEmoji() throws IOException, InvalidInputException {
        Files.writeString(dir.resolve("corpus/doc1.txt"), "\uD83D\uDE00 Kiev called the move short-sighted. Mali cut ties.\n");
        Files.writeString(dir.resolve("entities.csv"), "doc_id,start,end,type,text\ndoc1,2,6,LOCATION,Kiev\n");
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\n"
                + "doc1,0,37,UKRAINE,NONE,\ndoc1,0,37,MALI,NONE,\n"
                + "doc1,38,52,UKRAINE,NONE,\ndoc1,38,52,MALI,NONE,\n");
        assertThat(read().entities().get(0).span().start()).isEqualTo(2);
    }
}
