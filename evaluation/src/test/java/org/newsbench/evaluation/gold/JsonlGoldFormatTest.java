package org.newsbench.evaluation.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;

class JsonlGoldFormatTest {

    @TempDir
    Path dir;

    private GoldCorpus read(GoldReadOptions options, String... lines) throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return new JsonlGoldFormat().read(file, options);
    }

    private GoldCorpus read(String... lines) throws Exception {
        return read(GoldReadOptions.DEFAULT, lines);
    }

    @Test
    void readsEntitiesAndSparseStanceWithEachTargetItsOwnAlias() throws Exception {
        GoldCorpus gold = read(
                "{\"id\": \"t2\", \"text\": \"Mali cut ties.\", \"stance\": [{\"start\": 0, \"end\": 14, "
                        + "\"target\": \"MALI\", \"stance\": \"NONE\"}]}",
                "{\"id\": \"t1\", \"text\": \"Putin is wrong.\", \"entities\": [{\"start\": 0, \"end\": 5, "
                        + "\"type\": \"PER\", \"text\": \"Putin\"}], \"stance\": [{\"start\": 0, \"end\": 15, "
                        + "\"target\": \"RUSSIA\", \"stance\": \"AGAINST\", \"holder\": \"AUTHOR\"}]}");
        assertThat(gold.documents()).extracting(d -> d.id()).containsExactly("t1", "t2");
        assertThat(gold.entities()).containsExactly(new EntityMention("t1", new Span(0, 5), "PERSON", "Putin"));
        StanceTarget russia = new StanceTarget("RUSSIA", List.of("RUSSIA"));
        StanceTarget mali = new StanceTarget("MALI", List.of("MALI"));
        assertThat(gold.targets()).containsExactly(mali, russia);
        assertThat(gold.stances()).containsExactly(
                new LabelledStance(new StanceInstance("t1", new Span(0, 15), russia), StanceLabel.AGAINST, "AUTHOR"),
                new LabelledStance(new StanceInstance("t2", new Span(0, 14), mali), StanceLabel.NONE, ""));
        assertThat(gold.description().tasks()).containsExactlyInAnyOrder(Task.ENTITIES, Task.STANCE);
    }

    @Test
    void stanceOnlyFileHasNoEntityGold() throws Exception {
        GoldCorpus gold = read("{\"id\": \"t\", \"text\": \"Mali cut ties.\", \"stance\": [{\"start\": 0, "
                + "\"end\": 14, \"target\": \"MALI\", \"stance\": \"FAVOR\", \"holder\": \"AUTHOR\"}]}");
        assertThat(gold.labels(Task.ENTITIES)).isFalse();
        assertThat(gold.labels(Task.STANCE)).isTrue();
    }

    @Test
    void utf16OffsetsAreConvertedToCodePoints() throws Exception {
        String line = "{\"id\": \"e\", \"text\": \"\uD83D\uDE00 Mali\", \"entities\": [{\"start\": 3, \"end\": 7, "
                + "\"type\": \"LOC\", \"text\": \"Mali\"}]}";
        assertThat(read(GoldReadOptions.DEFAULT.withOffsets(OffsetUnit.UTF16), line).entities())
                .containsExactly(new EntityMention("e", new Span(2, 6), "LOCATION", "Mali"));
        assertThatThrownBy(() -> read(line)).hasMessageContaining("gold.jsonl:1:")
                .hasMessageContaining("past the end");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> read("{\"id\": \"a\", \"text\": \"x\", \"entities\": []}", "{\"id\": \"b\", \"text\" }"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve("gold.jsonl") + ":2:")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void truncatedJsonSaysWhereTheUnclosedArrayOpensWithoutTheParsersSourceNote() {
        assertThatThrownBy(() -> read("{\"id\": \"a\", \"text\": \"x\", \"entities\": ["))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(dir.resolve("gold.jsonl") + ":1:39: malformed JSON: Unexpected end-of-input: expected "
                        + "close marker for Array (start marker at column 38)");
    }

    @Test
    void wrongSpanTextMissingFieldsAndDuplicateIdsNameTheLine() {
        assertThatThrownBy(() -> read("{\"id\": \"a\", \"text\": \"Mali\", \"entities\": [{\"start\": 0, \"end\": 4, "
                + "\"type\": \"LOC\", \"text\": \"Mail\"}]}"))
                .hasMessageStartingWith(dir.resolve("gold.jsonl") + ":1:").hasMessageContaining("'Mail'");
        assertThatThrownBy(() -> read("{\"id\": \"a\", \"text\": \"Mali\", \"entities\": [{\"start\": 0, "
                + "\"type\": \"LOC\"}]}"))
                .hasMessageStartingWith(dir.resolve("gold.jsonl") + ":1:").hasMessageContaining("'end'");
        assertThatThrownBy(() -> read("{\"text\": \"Mali\", \"entities\": []}"))
                .hasMessageStartingWith(dir.resolve("gold.jsonl") + ":1:").hasMessageContaining("'id'");
        assertThatThrownBy(() -> read("{\"id\": \"a\", \"text\": \"Mali\", \"entities\": []}",
                "{\"id\": \"a\", \"text\": \"Mali\", \"entities\": []}"))
                .hasMessageStartingWith(dir.resolve("gold.jsonl") + ":2:").hasMessageContaining("first on line 1");
        assertThatThrownBy(() -> read("{\"id\": \"a\", \"text\": \"Mali\", \"stance\": [{\"start\": 0, \"end\": 4, "
                + "\"target\": \"MALI\", \"stance\": \"FAVOR\"}]}"))
                .hasMessageStartingWith(dir.resolve("gold.jsonl") + ":1:").hasMessageContaining("holds the stance");
    }
}
