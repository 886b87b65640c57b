package org.newsbench.evaluation.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Task;

/**
 * CoNLL column files (CoNLL-2003 and the like): whitespace-separated columns, the token first and the entity tag
 * last; a blank line ends a sentence; a {@code -DOCSTART-} line starts a new document, and a file without one makes
 * each sentence a document. A document's text is its tokens joined by one space, its sentences joined by a line
 * break; its id is {@code <file name without extension>-<n>}, n counted from 1 in file order and zero-padded to the
 * same width. Entity gold only.
 */
public final class ConllGoldFormat implements GoldFormat {

    public static final String NAME = "conll";
    private static final String DOCSTART = "-DOCSTART-";
    private static final Set<String> OTHER_FORMATS_EXTENSIONS = Set.of("jsonl", "ndjson", "json", "csv", "ann");

    /** One token line: its line number, its columns, and the code points it covers in its document's text. */
    public record Token(long line, List<String> columns, int start, int end) {

        public Token {
            columns = List.copyOf(columns);
        }
    }

    /** One document of the file: its id, its sentences of tokens, and the text they make. */
    public record ConllDocument(String id, List<List<Token>> sentences, String text) {
    }

    /** A parsed file: its documents, and whether {@code -DOCSTART-} lines marked them (else each is a sentence). */
    public record ConllFile(List<ConllDocument> documents, boolean docstartLines) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Path path) {
        return Files.isRegularFile(path) && !OTHER_FORMATS_EXTENSIONS.contains(extension(path));
    }

    @Override
    public GoldCorpus read(Path path, GoldReadOptions options) throws InvalidInputException {
        List<ConllDocument> parsed = parse(path, options.maxDocumentChars()).documents();
        List<Document> documents = new ArrayList<>();
        List<GoldRow> rows = new ArrayList<>();
        for (ConllDocument document : parsed) {
            documents.add(new Document(document.id(), document.text()));
            for (List<Token> sentence : document.sentences()) {
                for (ConllTagDecoder.Chunk chunk : ConllTagDecoder.decode(tags(path, sentence, options.tagScheme()))) {
                    Token first = sentence.get(chunk.first());
                    Token last = sentence.get(chunk.last());
                    String text = document.text().substring(utf16(document.text(), first.start()),
                            utf16(document.text(), last.end()));
                    rows.add(GoldRow.fields(path.toString(), first.line(), GoldCorpusReader.ENTITIES_HEADER,
                            List.of(document.id(), String.valueOf(first.start()), String.valueOf(last.end()),
                                    chunk.type(), text)));
                }
            }
        }
        List<EntityMention> entities = new GoldCorpusReader(new CorpusReader(options.maxDocumentChars()), Set.of(),
                options).entitiesFromRows(rows, GoldCorpusReader.byId(documents));
        return new GoldCorpus(documents, entities, List.of(), List.of(),
                new GoldDescription(NAME, path.toString(), EnumSet.of(Task.ENTITIES), List.of(),
                        GoldCorpusReader.typeNamesInSource(rows, options.typeMap())));
    }

    /** The tags of a sentence, an unknown prefix being an error naming the line and the tag's column. */
    static List<ConllTagDecoder.Tag> tags(Path path, List<Token> sentence, TagScheme scheme)
            throws InvalidInputException {
        List<ConllTagDecoder.Tag> tags = new ArrayList<>();
        for (Token token : sentence) {
            String tag = token.columns().get(token.columns().size() - 1);
            ConllTagDecoder.Tag parsed = ConllTagDecoder.parse(tag, scheme);
            if (parsed == null) {
                throw new InvalidInputException(path.toString(), token.line(), token.columns().size(),
                        "unknown tag '" + tag + "'; with --tag-scheme " + scheme.name().toLowerCase(Locale.ROOT)
                                + " a tag is O or " + (scheme == TagScheme.IOB ? "B-TYPE or I-TYPE"
                                : "B-, I-, E-, S- (or L-, U-) followed by the type"));
            }
            tags.add(parsed);
        }
        return tags;
    }

    /** The file's documents with their token lines, checked for column counts. */
    public static ConllFile parse(Path path, int maxDocumentChars) throws InvalidInputException {
        String[] lines = Utf8TextReader.read(path).split("\n", -1);
        List<List<List<Token>>> documents = new ArrayList<>();
        List<List<Token>> document = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        List<String> sentenceColumns = null;
        long sentenceFirstLine = 0;
        boolean hasDocstart = false;
        for (int i = 0; i < lines.length; i++) {
            long lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(DOCSTART)) {
                if (!sentence.isEmpty()) {
                    document.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (line.startsWith(DOCSTART)) {
                    hasDocstart = true;
                    if (!document.isEmpty()) {
                        documents.add(document);
                    }
                    document = new ArrayList<>();
                }
                continue;
            }
            List<String> columns = List.of(line.split("\\s+"));
            if (columns.size() < 2) {
                throw new InvalidInputException(path.toString(), lineNumber, 0,
                        "has 1 column; expected the token first and the entity tag last");
            }
            if (sentence.isEmpty()) {
                sentenceColumns = columns;
                sentenceFirstLine = lineNumber;
            } else if (columns.size() != sentenceColumns.size()) {
                throw new InvalidInputException(path.toString(), lineNumber, 0, "has " + columns.size()
                        + " columns; its sentence's first line (" + sentenceFirstLine + ") has "
                        + sentenceColumns.size());
            }
            sentence.add(new Token(lineNumber, columns, 0, 0));
        }
        if (!sentence.isEmpty()) {
            document.add(sentence);
        }
        if (!document.isEmpty()) {
            documents.add(document);
        }
        if (!hasDocstart && documents.size() == 1) {
            // Without -DOCSTART- lines, each sentence is a document.
            documents = documents.get(0).stream().map(List::of).toList();
        }
        if (documents.isEmpty()) {
            throw new InvalidInputException(path.toString(), "holds no token line");
        }
        String stem = stem(path);
        int width = String.valueOf(documents.size()).length();
        List<ConllDocument> result = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            String id = stem + "-" + String.format(Locale.ROOT, "%0" + width + "d", d + 1);
            result.add(layOut(path, id, documents.get(d), maxDocumentChars));
        }
        return new ConllFile(result, hasDocstart);
    }

    /** Joins the tokens into the document's text and gives each token its code-point offsets. */
    private static ConllDocument layOut(Path path, String id, List<List<Token>> sentences, int maxDocumentChars)
            throws InvalidInputException {
        StringBuilder text = new StringBuilder();
        int offset = 0;
        List<List<Token>> placed = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            if (!placed.isEmpty()) {
                text.append('\n');
                offset++;
            }
            List<Token> placedSentence = new ArrayList<>();
            for (Token token : sentence) {
                if (!placedSentence.isEmpty()) {
                    text.append(' ');
                    offset++;
                }
                String word = token.columns().get(0);
                int length = word.codePointCount(0, word.length());
                text.append(word);
                placedSentence.add(new Token(token.line(), token.columns(), offset, offset + length));
                offset += length;
            }
            placed.add(placedSentence);
            if (text.length() > maxDocumentChars) {
                throw new InvalidInputException(path.toString(), sentence.get(0).line(), 0, "document '" + id
                        + "' is longer than the limit of " + maxDocumentChars + " characters (--max-document-chars)");
            }
        }
        return new ConllDocument(id, placed, text.toString());
    }

    private static int utf16(String text, int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
