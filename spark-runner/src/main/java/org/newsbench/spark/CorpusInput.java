package org.newsbench.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.Partitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import scala.Tuple2;

/**
 * Reads a corpus on any Hadoop-supported path into documents on the executors: a folder (or glob) of
 * {@code <doc_id>.txt} files, strict UTF-8, or JSONL files of {@code {"id": ..., "text": ...}} lines, split across
 * tasks. A file or line that is not a document (not UTF-8, empty, too long, not such a JSON object) becomes a
 * document with an input problem, reported as a failure line naming the file (and byte offset of the line), instead of
 * stopping the run.
 */
final class CorpusInput {

    private CorpusInput() {
    }

    /**
     * The documents at {@code input} in {@code partitions} partitions (one per document when there are fewer), whose
     * document counts differ by at most one, in input order.
     *
     * @throws IllegalArgumentException naming {@code input} when nothing readable is there
     */
    static JavaRDD<DocumentTask> read(JavaSparkContext spark, String input, int maxDocumentChars, int partitions) {
        Configuration hadoop = spark.hadoopConfiguration();
        Path path = new Path(input);
        FileStatus[] matches;
        try {
            matches = path.getFileSystem(hadoop).globStatus(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list: " + e.getMessage(), e);
        }
        if (matches == null || matches.length == 0) {
            throw new IllegalArgumentException("no such file or folder");
        }
        if (matches.length == 1 && matches[0].isDirectory()) {
            FileStatus[] children;
            try {
                children = path.getFileSystem(hadoop).listStatus(matches[0].getPath());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list the folder: " + e.getMessage(), e);
            }
            if (Arrays.stream(children).anyMatch(child -> child.getPath().getName().endsWith(".txt"))) {
                return textFiles(spark, children, maxDocumentChars, partitions);
            }
            if (Arrays.stream(children).anyMatch(child -> child.getPath().getName().endsWith(".jsonl"))) {
                return jsonLines(spark, matches[0].getPath() + "/*.jsonl", maxDocumentChars, partitions);
            }
            throw new IllegalArgumentException("the folder holds no <doc_id>.txt document and no .jsonl file");
        }
        if (Arrays.stream(matches).allMatch(match -> match.getPath().getName().endsWith(".jsonl"))) {
            return jsonLines(spark, input, maxDocumentChars, partitions);
        }
        if (Arrays.stream(matches).allMatch(match -> match.getPath().getName().endsWith(".txt"))) {
            return textFiles(spark, matches, maxDocumentChars, partitions);
        }
        throw new IllegalArgumentException("expected a corpus folder, .txt documents or .jsonl files");
    }

    /**
     * The {@code .txt} files listed on the driver, in name order, cut into {@code partitions} runs whose sizes differ
     * by at most one, each file read by the task of its run. Not {@code binaryFiles}: it packs small files into one
     * split, read by a single task that serialises the whole split and the Hadoop configuration once per file
     * (10,000 files of 400 bytes: one task of 142 s while the other cores waited).
     */
    private static JavaRDD<DocumentTask> textFiles(JavaSparkContext spark, FileStatus[] listed, int maxDocumentChars,
                                                   int partitions) {
        List<TextFile> files = Arrays.stream(listed)
                .filter(file -> file.isFile() && file.getPath().getName().endsWith(".txt")
                        && !file.getPath().getName().startsWith(".") && !file.getPath().getName().startsWith("_"))
                .map(file -> new TextFile(file.getPath().toString(), file.getLen()))
                .sorted(Comparator.comparing(TextFile::path))
                .toList();
        Broadcast<SerializableConfiguration> hadoop = spark.broadcast(
                new SerializableConfiguration(spark.hadoopConfiguration()));
        return spark.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
                .map(file -> file.read(hadoop.value().value(), maxDocumentChars));
    }

    /** A {@code <doc_id>.txt} file as listed on the driver. */
    record TextFile(String path, long bytes) implements Serializable {

        /** UTF-8 takes at most 3 bytes per Java char: a longer file is over the limit without being read. */
        private static final int MAX_BYTES_PER_CHAR = 3;

        DocumentTask read(Configuration hadoop, int maxDocumentChars) {
            Path file = new Path(path);
            String name = file.getName();
            String docId = name.substring(0, name.length() - ".txt".length());
            if (bytes > (long) MAX_BYTES_PER_CHAR * maxDocumentChars) {
                return tooLong(docId, path, maxDocumentChars);
            }
            byte[] content;
            try (InputStream in = file.getFileSystem(hadoop).open(file)) {
                content = in.readAllBytes();
            } catch (IOException e) {
                return DocumentTask.unreadable(docId, path + ": cannot be read: " + e.getMessage());
            }
            try {
                return document(docId, strictUtf8(content), path, maxDocumentChars);
            } catch (CharacterCodingException e) {
                return DocumentTask.unreadable(docId, path + ": not valid UTF-8");
            }
        }
    }

    /**
     * JSONL documents, read by Hadoop split (one per file or block, however many lines each holds), numbered in input
     * order and cut into {@code partitions} runs whose sizes differ by at most one, so the part files keep the input's
     * order: {@code perSplit} says how many documents each split holds, then a shuffle sorted by number moves them.
     */
    private static JavaRDD<DocumentTask> spread(JavaRDD<DocumentTask> documents, List<Long> perSplit, int partitions) {
        long[] firstNumber = new long[perSplit.size()];
        long total = 0;
        for (int split = 0; split < perSplit.size(); split++) {
            firstNumber[split] = total;
            total += perSplit.get(split);
        }
        if (total == 0) {
            return documents;
        }
        return documents.mapPartitionsToPair(read -> {
            long number = firstNumber[TaskContext.getPartitionId()];
            List<Tuple2<Long, DocumentTask>> numbered = new ArrayList<>();
            while (read.hasNext()) {
                numbered.add(new Tuple2<>(number++, read.next()));
            }
            return numbered.iterator();
        }).repartitionAndSortWithinPartitions(new EvenRuns(total, (int) Math.min(total, partitions))).values();
    }

    /** Documents numbered 0 to {@code total - 1} in runs of equal size, give or take one, one run per partition. */
    private static final class EvenRuns extends Partitioner {

        private static final long serialVersionUID = 1L;
        private final long total;
        private final int runs;

        EvenRuns(long total, int runs) {
            this.total = total;
            this.runs = runs;
        }

        @Override
        public int numPartitions() {
            return runs;
        }

        @Override
        public int getPartition(Object number) {
            return (int) ((Long) number * runs / total);
        }
    }

    @SuppressWarnings("unchecked")
    private static JavaRDD<DocumentTask> jsonLines(JavaSparkContext spark, String glob, int maxDocumentChars,
                                                   int partitions) {
        Configuration hadoop = new Configuration(spark.hadoopConfiguration());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) spark
                .newAPIHadoopFile(glob, TextInputFormat.class, LongWritable.class, Text.class, hadoop);
        JavaRDD<DocumentTask> documents = lines.mapPartitionsWithInputSplit((split, records) -> {
            String file = ((FileSplit) split).getPath().toString();
            ObjectMapper json = new ObjectMapper();
            List<DocumentTask> read = new ArrayList<>();
            while (records.hasNext()) {
                var record = records.next();
                String where = file + " at byte " + record._1().get();
                if (record._2().getLength() == 0) {
                    continue;
                }
                String line;
                try {
                    line = strictUtf8(Arrays.copyOf(record._2().getBytes(), record._2().getLength()));
                } catch (CharacterCodingException e) {
                    read.add(DocumentTask.unreadable(where, where + ": not valid UTF-8"));
                    continue;
                }
                read.add(jsonDocument(json, line, where, maxDocumentChars));
            }
            return read.iterator();
        }, true);
        // One document per non-empty line, split for split: counted without decoding or parsing the lines twice.
        List<Long> perSplit = lines.mapPartitions(records -> {
            long count = 0;
            while (records.hasNext()) {
                if (records.next()._2().getLength() > 0) {
                    count++;
                }
            }
            return List.of(count).iterator();
        }).collect();
        return spread(documents, perSplit, partitions);
    }

    private static DocumentTask jsonDocument(ObjectMapper json, String line, String where, int maxDocumentChars) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return DocumentTask.unreadable(where, where + ": not JSON: " + e.getOriginalMessage());
        }
        JsonNode id = node == null ? null : node.get("id");
        JsonNode text = node == null ? null : node.get("text");
        if (id == null || !id.isTextual() || id.asText().isBlank() || text == null || !text.isTextual()) {
            return DocumentTask.unreadable(where, where + ": expected {\"id\": \"...\", \"text\": \"...\"}");
        }
        return document(id.asText(), text.asText(), where, maxDocumentChars);
    }

    private static DocumentTask document(String docId, String text, String where, int maxDocumentChars) {
        if (text.isEmpty()) {
            return DocumentTask.unreadable(docId, where + ": document '" + docId + "' is empty");
        }
        if (text.length() > maxDocumentChars) {
            return tooLong(docId, where, maxDocumentChars);
        }
        return new DocumentTask(docId, text, null, null);
    }

    private static DocumentTask tooLong(String docId, String where, int maxDocumentChars) {
        return DocumentTask.unreadable(docId, where + ": document is longer than the limit of " + maxDocumentChars
                + " characters");
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Whether anything is at {@code output} already. */
    static boolean exists(JavaSparkContext spark, String output) {
        Path path = new Path(output);
        try {
            return path.getFileSystem(spark.hadoopConfiguration()).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
