package org.newsbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of many small {@code .txt} documents is read by all the partitions' tasks, each reading an even run of the
 * files in name order, rather than by one task reading every file before the documents are shuffled over the cores;
 * JSONL files of any sizes give partitions of even document counts too.
 */
class CorpusInputPartitionsTest {

    private static final int PARTITIONS = 8;
    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setAppName("corpus-input-test").setMaster("local[2]")
                .set("spark.ui.enabled", "false").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.driver.host", "127.0.0.1"));
        spark.setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void manySmallFilesAreSpreadOverThePartitionsInEvenRunsOfFileNames(@TempDir Path corpus) throws IOException {
        List<String> ids = writeDocuments(corpus, 203);

        List<List<DocumentTask>> partitions = CorpusInput.read(spark, corpus.toString(), 1000, PARTITIONS)
                .glom().collect();

        assertThat(partitions).hasSize(PARTITIONS);
        // 203 / 8 = 25.4: every partition holds 25 or 26 documents.
        assertThat(partitions).allSatisfy(partition -> assertThat(partition).hasSizeBetween(25, 26));
        List<String> inPartitionOrder = partitions.stream().flatMap(List::stream).map(DocumentTask::docId).toList();
        assertThat(inPartitionOrder).isEqualTo(ids);
        assertThat(partitions.get(0).get(0).text()).isEqualTo("Report 0 from Bamako.");
    }

    @Test
    void manySmallFilesAreReadByOneTaskPerPartitionInASingleStage(@TempDir Path corpus) throws Exception {
        writeDocuments(corpus, 203);
        JavaRDD<DocumentTask> documents = CorpusInput.read(spark, corpus.toString(), 1000, PARTITIONS);

        spark.setJobGroup("read-small-files", "reading 203 small files", false);
        long read = documents.count();
        spark.clearJobGroup();

        assertThat(read).isEqualTo(203);
        assertThat(tasksPerStage("read-small-files")).containsExactly(PARTITIONS);
    }

    @Test
    void fewerFilesThanPartitionsGiveOneFilePerPartition(@TempDir Path corpus) throws IOException {
        writeDocuments(corpus, 3);

        List<List<DocumentTask>> partitions = CorpusInput.read(spark, corpus.toString(), 1000, PARTITIONS)
                .glom().collect();

        assertThat(partitions).hasSize(3).allSatisfy(partition -> assertThat(partition).hasSize(1));
    }

    @Test
    void jsonLinesFilesOfVeryDifferentSizesAreSpreadOverThePartitionsInInputOrder(@TempDir Path corpus)
            throws IOException {
        List<String> ids = new ArrayList<>();
        ids.addAll(writeJsonLines(corpus.resolve("a.jsonl"), "a", 150));
        ids.addAll(writeJsonLines(corpus.resolve("b.jsonl"), "b", 3));
        ids.addAll(writeJsonLines(corpus.resolve("c.jsonl"), "c", 50));

        List<List<DocumentTask>> partitions = CorpusInput.read(spark, corpus.toString(), 1000, PARTITIONS)
                .glom().collect();

        assertThat(partitions).hasSize(PARTITIONS);
        assertThat(partitions).allSatisfy(partition -> assertThat(partition).hasSizeBetween(25, 26));
        assertThat(partitions.stream().flatMap(List::stream).map(DocumentTask::docId).toList()).isEqualTo(ids);
    }

    /** {@code count} lines {@code {"id": "<prefix>000", "text": ...}}; their ids in line order. */
    private static List<String> writeJsonLines(Path file, String prefix, int count) throws IOException {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> String.format("%s%03d", prefix, i)).toList();
        Files.write(file, ids.stream().map(id -> "{\"id\": \"" + id + "\", \"text\": \"Report from Bamako.\"}")
                .toList());
        return ids;
    }

    /** {@code doc000.txt}, ... with one short sentence each; their ids in name order. */
    private static List<String> writeDocuments(Path corpus, int count) throws IOException {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> String.format("doc%03d", i)).toList();
        for (int i = 0; i < count; i++) {
            Files.writeString(corpus.resolve(ids.get(i) + ".txt"), "Report " + i + " from Bamako.");
        }
        return ids;
    }

    /** The number of tasks of each stage the group's jobs ran, once Spark's status store has seen them end. */
    private static List<Integer> tasksPerStage(String group) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<Integer> tasks = new ArrayList<>();
            boolean complete = true;
            for (int jobId : spark.statusTracker().getJobIdsForGroup(group)) {
                SparkJobInfo job = spark.statusTracker().getJobInfo(jobId);
                complete &= job != null && job.status().name().equals("SUCCEEDED");
                for (int stageId : job == null ? new int[0] : job.stageIds()) {
                    SparkStageInfo stage = spark.statusTracker().getStageInfo(stageId);
                    complete &= stage != null && stage.numCompletedTasks() == stage.numTasks();
                    tasks.add(stage == null ? -1 : stage.numTasks());
                }
            }
            if ((complete && !tasks.isEmpty()) || System.nanoTime() > deadline) {
                return tasks;
            }
            Thread.sleep(50);
        }
    }
}
