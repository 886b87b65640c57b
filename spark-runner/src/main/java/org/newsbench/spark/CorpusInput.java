package org.newsbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** @throws IllegalArgumentException naming {@code input} when nothing readable is there */
    static JavaRDD<DocumentTask> read(JavaSparkContext spark, String input, int maxDocumentChars, int minPartitions) {
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
            FileSystem fs;
            FileStatus[] children;
            try {
                fs = path.getFileSystem(hadoop);
                children = fs.listStatus(matches[0].getPath());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list the folder: " + e.getMessage(), e);
            }
            String folder = matches[0].getPath().toString();
            if (Arrays.stream(children).anyMatch(child -> child.getPath().getName().endsWith(".txt"))) {
                return textFiles(spark, folder + "/*.txt", maxDocumentChars, minPartitions);
            }
            if (Arrays.stream(children).anyMatch(child -> child.getPath().getName().endsWith(".jsonl"))) {
                return jsonLines(spark, folder + "/*.jsonl", maxDocumentChars, minPartitions);
            }
            throw new IllegalArgumentException("the folder holds no <doc_id>.txt document and no .jsonl file");
        }
        if (Arrays.stream(matches).allMatch(match -> match.getPath().getName().endsWith(".jsonl"))) {
            return jsonLines(spark, input, maxDocumentChars, minPartitions);
        }
        if (Arrays.stream(matches).allMatch(match -> match.getPath().getName().endsWith(".txt"))) {
            return textFiles(spark, input, maxDocumentChars, minPartitions);
        }
        throw new IllegalArgumentException("expected a corpus folder, .txt documents or .jsonl files");
    }

    private static JavaRDD<DocumentTask> textFiles(JavaSparkContext spark, String glob, int maxDocumentChars,
                                                   int minPartitions) {
        JavaRDD<DocumentTask> documents = spark.binaryFiles(glob, minPartitions).map(file -> {
            String name = new Path(file._1()).getName();
            String docId = name.substring(0, name.length() - ".txt".length());
            String text;
            try {
                text = strictUtf8(file._2().toArray());
            } catch (CharacterCodingException e) {
                return DocumentTask.unreadable(docId, file._1() + ": not valid UTF-8");
            }
            return document(docId, text, file._1(), maxDocumentChars);
        });
        return spread(documents, minPartitions);
    }

    /** Small inputs are read as one split or a few: spread their documents over the cores. */
    private static JavaRDD<DocumentTask> spread(JavaRDD<DocumentTask> documents, int minPartitions) {
        return documents.getNumPartitions() >= minPartitions ? documents : documents.repartition(minPartitions);
    }

    @SuppressWarnings("unchecked")
    private static JavaRDD<DocumentTask> jsonLines(JavaSparkContext spark, String glob, int maxDocumentChars,
                                                   int minPartitions) {
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
        return spread(documents, minPartitions);
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
            return DocumentTask.unreadable(docId, where + ": document is longer than the limit of "
                    + maxDocumentChars + " characters");
        }
        return new DocumentTask(docId, text, null, null);
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
