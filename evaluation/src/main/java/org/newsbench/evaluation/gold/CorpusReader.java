package org.newsbench.evaluation.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.newsbench.api.Document;

/**
 * Reads a corpus folder: every {@code <doc_id>.txt} file, strict UTF-8, exactly as stored. An empty document, or one
 * longer than the limit, is an error naming the file.
 */
public final class CorpusReader {

    /** Default limit: far above a news article, low enough that a mistaken input cannot exhaust the heap. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000;

    private final int maxDocumentChars;

    public CorpusReader(int maxDocumentChars) {
        this.maxDocumentChars = maxDocumentChars;
    }

    public CorpusReader() {
        this(DEFAULT_MAX_DOCUMENT_CHARS);
    }

    /** The documents of {@code directory}, sorted by id. */
    public List<Document> read(Path directory) throws InvalidInputException {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(directory.toString(), "corpus folder not found");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(directory.toString(), "cannot list the corpus folder: " + e);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(directory.toString(), "the corpus folder holds no .txt document");
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(readDocument(file));
        }
        return documents;
    }

    /** One document; its id is the file name without {@code .txt}. */
    public Document readDocument(Path file) throws InvalidInputException {
        String name = file.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        try {
            if (Files.size(file) > 4L * maxDocumentChars) {
                throw tooLong(file);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e);
        }
        String text = Utf8TextReader.read(file);
        if (text.isBlank()) {
            throw new InvalidInputException(file.toString(), "document '" + id + "' is empty");
        }
        if (text.length() > maxDocumentChars) {
            throw tooLong(file);
        }
        return new Document(id, text);
    }

    private InvalidInputException tooLong(Path file) {
        return new InvalidInputException(file.toString(), "document is longer than the limit of " + maxDocumentChars
                + " characters (--max-document-chars)");
    }
}
