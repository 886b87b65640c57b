package org.newsbench.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @Test
    void writtenFileHasTheUsersUsualPermissionsNotOwnerOnly(@TempDir Path directory) throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(directory.resolve("ordinary.txt"));

        Path report = directory.resolve("report.md");
        AtomicFileWriter.write(report, "# report\n");

        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        assertThat(Files.readString(report)).isEqualTo("# report\n");
    }

    @Test
    void replacingAFileLeavesNoTemporaryFileBehind(@TempDir Path directory) throws Exception {
        Path report = directory.resolve("sub").resolve("scores.csv");
        AtomicFileWriter.write(report, "old\n");
        AtomicFileWriter.write(report, "new\n");

        assertThat(Files.readString(report)).isEqualTo("new\n");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }
}
