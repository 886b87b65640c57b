package org.newsbench.evaluation.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

class BratGoldFormatTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeDocuments() throws IOException {
        Files.writeString(dir.resolve("d1.txt"), "Putin met Macron in Paris.");
        Files.writeString(dir.resolve("d2.txt"), "\uD83D\uDE00 Mali cut ties.");
        Files.writeString(dir.resolve("d1.ann"), "T1\tPER 0 5\tPutin\nT2\tPERSON 10 16\tMacron\n"
                + "R1\tMeets Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tpresident\nT3\tLOCATION 20 25\tParis\n");
    }

    private GoldCorpus read(GoldReadOptions options) throws InvalidInputException {
        return new BratGoldFormat().read(dir, options);
    }

    @Test
    void readsEntityLinesAndCountsTheOthersLeftAside() throws Exception {
        GoldCorpus gold = read(GoldReadOptions.DEFAULT);
        assertThat(gold.documents()).extracting(d -> d.id()).containsExactly("d1", "d2");
        assertThat(gold.entities()).containsExactly(new EntityMention("d1", new Span(0, 5), "PERSON", "Putin"),
                new EntityMention("d1", new Span(10, 16), "PERSON", "Macron"),
                new EntityMention("d1", new Span(20, 25), "LOCATION", "Paris"));
        assertThat(gold.description().format()).isEqualTo("brat");
        assertThat(gold.description().notes()).containsExactly(
                "2 brat annotation lines other than entities (T) left aside");
        assertThat(GoldFormats.detect(dir).name()).isEqualTo("brat");
    }

    @Test
    void utf16OffsetsAreConvertedToCodePoints() throws Exception {
        Files.writeString(dir.resolve("d2.ann"), "T1\tLOC 3 7\tMali\n");
        assertThat(read(GoldReadOptions.DEFAULT.withOffsets(OffsetUnit.UTF16)).entities())
                .contains(new EntityMention("d2", new Span(2, 6), "LOCATION", "Mali"));
    }

    @Test
    void discontinuousSpanIsRejectedNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("d2.ann"), "T1\tLOC 2 6\tMali\nT2\tORG 2 6;7 10\tMali ties\n");
        assertThatThrownBy(() -> read(GoldReadOptions.DEFAULT)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("d2.ann") + ":2:")
                .hasMessageContaining("discontinuous span");
    }

    @Test
    void textThatIsNotTheSliceIsRejectedNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("d2.ann"), "T1\tLOC 2 6\tMail\n");
        assertThatThrownBy(() -> read(GoldReadOptions.DEFAULT)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("d2.ann") + ":1:")
                .hasMessageContaining("'Mail' but the document has 'Mali'");
    }

    @Test
    void malformedEntityLineAndAnnotationsWithoutTextAreRejected() throws IOException {
        Files.writeString(dir.resolve("d2.ann"), "T1\tLOC 2\tMali\n");
        assertThatThrownBy(() -> read(GoldReadOptions.DEFAULT)).hasMessageStartingWith(dir.resolve("d2.ann") + ":1:")
                .hasMessageContaining("expected 'TYPE START END'");
        Files.writeString(dir.resolve("d2.ann"), "T1\tLOC 2 6 Mali\n");
        assertThatThrownBy(() -> read(GoldReadOptions.DEFAULT)).hasMessageStartingWith(dir.resolve("d2.ann") + ":1:");
        Files.delete(dir.resolve("d2.ann"));
        Files.writeString(dir.resolve("d3.ann"), "T1\tLOC 0 4\tMali\n");
        assertThatThrownBy(() -> read(GoldReadOptions.DEFAULT)).hasMessageStartingWith(dir.resolve("d3.ann").toString())
                .hasMessageContaining("has no d3.txt");
    }
}
