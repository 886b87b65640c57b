package org.newsbench.evaluation.gold;

/**
 * An input file is wrong. The message starts with {@code file:line:column:} (line and column 1-based; left out when
 * they do not apply) and says what is wrong, so a user can go straight to it.
 */
public class InvalidInputException extends Exception {

    private final String file;
    private final long line;
    private final int column;

    public InvalidInputException(String file, long line, int column, String problem) {
        super(location(file, line, column) + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** A problem with the file as a whole, such as a missing document. */
    public InvalidInputException(String file, String problem) {
        this(file, 0, 0, problem);
    }

    private static String location(String file, long line, int column) {
        StringBuilder location = new StringBuilder(file);
        if (line > 0) {
            location.append(':').append(line);
            if (column > 0) {
                location.append(':').append(column);
            }
        }
        return location.toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** 1-based column (the CSV field's position for CSV files), or 0. */
    public int column() {
        return column;
    }
}
