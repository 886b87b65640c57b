package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

class PredictionsCsvWriterTest {

    @Test
    void entitiesCsvEndsWithTheLibrarysOwnLabel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("entities.csv");
        PredictionsCsvWriter.writeEntities(file, List.of(
                new EntityMention("d1", new Span(0, 4), "LOCATION", "Mali", "COUNTRY"),
                new EntityMention("d1", new Span(10, 22), "PERSON", "Andriy Yusov")));

        assertThat(Files.readString(file)).isEqualTo("""
                doc_id,start,end,type,text,source_label
                d1,0,4,LOCATION,Mali,COUNTRY
                d1,10,22,PERSON,Andriy Yusov,PERSON
                """);
    }
}
