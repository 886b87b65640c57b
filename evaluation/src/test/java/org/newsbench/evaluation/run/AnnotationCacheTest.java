package org.newsbench.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;

class AnnotationCacheTest {

    private static final Document DOCUMENT = new Document("d1", "Mali cut ties with Ukraine.");

    @Test
    void storedMentionsComeBackWithTheirSourceLabels(@TempDir Path dir) {
        AnnotationCache cache = new AnnotationCache(dir);
        List<EntityMention> mentions = List.of(
                new EntityMention("d1", new Span(0, 4), "LOCATION", "Mali", "COUNTRY"),
                new EntityMention("d1", new Span(19, 26), "LOCATION", "Ukraine", "LOCATION"));
        cache.putEntities("corenlp", "k", mentions);

        assertThat(cache.entities("corenlp", "k", DOCUMENT)).contains(mentions);
    }

    @Test
    void anEntryWrittenBeforeSourceLabelsWereStoredReadsWithTheTypeAsSourceLabel(@TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("corenlp"));
        Files.writeString(dir.resolve("corenlp").resolve("old.json"),
                "{\"mentions\":[{\"start\":0,\"end\":4,\"type\":\"LOCATION\"}]}");

        assertThat(new AnnotationCache(dir).entities("corenlp", "old", DOCUMENT))
                .contains(List.of(new EntityMention("d1", new Span(0, 4), "LOCATION", "Mali", "LOCATION")));
    }
}
