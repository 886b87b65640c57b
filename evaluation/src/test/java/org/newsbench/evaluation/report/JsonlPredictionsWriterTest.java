package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

class JsonlPredictionsWriterTest {

    @Test
    void eachMentionKeepsTheLibrarysOwnLabelBesideTheScoredType(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.jsonl");
        JsonlPredictionsWriter.write(file, List.of(new Document("d1", "Mali cut ties.")),
                List.of(new EntityMention("d1", new Span(0, 4), "LOCATION", "Mali", "COUNTRY")), null,
                Map.of("LOCATION", "LOC"));

        assertThat(Files.readAllLines(file)).containsExactly("{\"id\":\"d1\",\"text\":\"Mali cut ties.\","
                + "\"entities\":[{\"start\":0,\"end\":4,\"type\":\"LOC\",\"text\":\"Mali\",\"source_label\":\"COUNTRY\"}]}");
    }
}
