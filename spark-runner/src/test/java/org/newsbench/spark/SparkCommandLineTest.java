package org.newsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.evaluation.cli.NewsBenchCli;

/** The same command line, with {@code --engine spark}: found through ServiceLoader on this module's classpath. */
class SparkCommandLineTest {

    @Test
    void evaluateOnSparkWritesTheSamePredictionFilesAsTheLocalEngine(@TempDir Path temp) throws IOException {
        String[] common = {"evaluate", "--providers", "baseline-memorize,baseline-majority", "--no-cache",
                "--no-progress", "--bootstrap", "10", "--shuffles", "10"};

        int local = NewsBenchCli.commandLine().execute(concat(common, "--output", temp.resolve("local").toString()));
        int spark = NewsBenchCli.commandLine().execute(concat(common, "--output", temp.resolve("spark").toString(),
                "--engine", "spark", "--master", "local[2]"));

        assertThat(local).isZero();
        assertThat(spark).isZero();
        for (String file : new String[] {"baseline-memorize/entities.csv", "baseline-majority/stance.csv"}) {
            String expected = Files.readString(temp.resolve("local/predictions").resolve(file));
            assertThat(expected.lines().count()).isGreaterThan(10);
            assertThat(Files.readString(temp.resolve("spark/predictions").resolve(file))).isEqualTo(expected);
        }
    }

    @Test
    void annotateOnSparkWritesJsonLinePartFiles(@TempDir Path temp) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Mali cut ties.");
        Files.writeString(corpus.resolve("b.txt"), "Kyiv replied.");

        int exit = NewsBenchCli.commandLine().execute("annotate", "--engine", "spark", "--master", "local[2]",
                "--providers", "test-brittle", "--tasks", "ENTITIES", "--corpus", corpus.toString(),
                "--output", temp.resolve("out").toString());

        assertThat(exit).isZero();
        Map<String, PredictionJson.Line> lines = SparkDocumentFailureTest.lines(
                temp.resolve("out/predictions/test-brittle"));
        assertThat(lines).containsOnlyKeys("a", "b");
        assertThat(lines.get("b").entities()).containsExactly(new PredictionJson.Entity(0, 4, "MISC", "Kyiv", "MISC"));
    }

    @Test
    void anUnknownEngineIsAnErrorNamingTheEnginesFound() {
        int exit = NewsBenchCli.commandLine().execute("annotate", "--engine", "flink", "--providers", "test-brittle");

        assertThat(exit).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
