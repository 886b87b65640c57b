package org.newsbench.evaluation.gold;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read with commons-csv (RFC 4180) and checked against an exact header; each row keeps the line it starts
 * on, so that later checks can name file:line:column. A byte-order mark before the header is accepted.
 */
final class CsvTable {

    /** Where commons-csv says a problem is: {@code (startline 1,463)} or {@code at line: 1,463, position: 52,116}. */
    private static final Pattern PARSER_LOCATION = Pattern.compile("^\\(startline [\\d,.\\u00a0 ]+\\) |"
            + " at line: [\\d,.\\u00a0 ]+, position: [\\d,.\\u00a0 ]+$");

    private CsvTable() {
    }

    /** Reads {@code file} (strict UTF-8), requiring exactly {@code header} as its first row. */
    static List<GoldRow> read(Path file, List<String> header) throws InvalidInputException {
        return read(file, header, List.of());
    }

    /**
     * Reads {@code file} (strict UTF-8) whose first row is {@code header}, or {@code header} followed by
     * {@code optionalColumns} (as a predictions file adds them); rows then have the columns their header has.
     */
    static List<GoldRow> read(Path file, List<String> required, List<String> optionalColumns)
            throws InvalidInputException {
        List<String> extended = new ArrayList<>(required);
        extended.addAll(optionalColumns);
        List<String> header = required;
        String name = file.toString();
        String text = Utf8TextReader.read(file);
        List<GoldRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(name, 1, 0, "empty file; expected the header " + String.join(",", header));
            }
            CSVRecord headerRecord = records.next();
            if (!optionalColumns.isEmpty() && headerRecord.toList().equals(extended)) {
                header = extended;
            } else if (!headerRecord.toList().equals(required)) {
                throw new InvalidInputException(name, 1, 0, "header is " + String.join(",", headerRecord.toList())
                        + "; expected " + String.join(",", required)
                        + (optionalColumns.isEmpty() ? "" : " (optionally followed by "
                        + String.join(",", optionalColumns) + ")"));
            }
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidInputException(name, line, 0, "malformed CSV: " + problemOnLine(e));
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (record.size() != header.size()) {
                    throw new InvalidInputException(name, line, 0, "has " + record.size() + " fields; expected "
                            + header.size() + " (" + String.join(",", header) + ")");
                }
                rows.add(GoldRow.csv(name, line, header, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(name, "malformed CSV: " + rootMessage(e));
        }
        return rows;
    }

    /** The parser's message without its own location (the error names the line), an unclosed quote said plainly. */
    private static String problemOnLine(Throwable e) {
        String problem = PARSER_LOCATION.matcher(rootMessage(e)).replaceAll("");
        return problem.startsWith("EOF reached before encapsulated token finished")
                ? "a quoted field that opens on this line is never closed (a '\"' is missing)" : problem;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
