package org.newsbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelMappingTest {

    @Test
    void mapsListedLabelsAndCountsTheDroppedOnes() {
        LabelMapping mapping = LabelMapping.of("test", Map.of("CITY", "LOCATION", "DATE", ""));

        assertThat(mapping.map("CITY")).contains("LOCATION");
        assertThat(mapping.map("DATE")).isEmpty();
        assertThat(mapping.map("TITLE")).isEmpty();
        assertThat(mapping.map("TITLE")).isEmpty();

        assertThat(mapping.droppedCounts()).containsExactly(Map.entry("DATE", 1L), Map.entry("TITLE", 2L));
    }

    @Test
    void readsAUsersPropertiesFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mapping.properties");
        Files.writeString(file, "# mine\nPERSON=PERSON\nNATIONALITY = MISC\nNUMBER=\n");

        LabelMapping mapping = LabelMapping.fromFile(file);

        assertThat(mapping.entries()).containsEntry("NATIONALITY", "MISC").containsEntry("NUMBER", "");
        assertThat(mapping.map("NATIONALITY")).contains("MISC");
        assertThat(mapping.source()).isEqualTo(file.toString());
    }

    @Test
    void missingResourceIsAnErrorNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LabelMapping.fromResource(LabelMappingTest.class, "/no-such-mapping.properties"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/no-such-mapping.properties");
    }
}
