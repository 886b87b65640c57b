package org.newsbench.evaluation.gold;

import java.util.List;

/**
 * One gold row, whatever file format it came from, with where it is: its fields by name (in {@code header} order),
 * the file and the line. The gold checks raise their errors through it, so that each names file:line and, in a CSV
 * file, the column.
 *
 * @param csvColumns whether fields are CSV columns (errors then name the column's position) or named fields of a
 *                   line in another format (errors name the field only)
 */
record GoldRow(String file, long line, List<String> header, List<String> fields, boolean csvColumns) {

    GoldRow {
        header = List.copyOf(header);
        fields = List.copyOf(fields);
    }

    static GoldRow csv(String file, long line, List<String> header, List<String> fields) {
        return new GoldRow(file, line, header, fields, true);
    }

    /** A row of a non-CSV file: errors name the line and the field. */
    static GoldRow fields(String file, long line, List<String> header, List<String> fields) {
        return new GoldRow(file, line, header, fields, false);
    }

    String get(String column) {
        return fields.get(header.indexOf(column));
    }

    /** An error located at {@code column} of this row. */
    InvalidInputException error(String column, String problem) {
        return csvColumns
                ? new InvalidInputException(file, line, header.indexOf(column) + 1, "column '" + column + "': " + problem)
                : new InvalidInputException(file, line, 0, "field '" + column + "': " + problem);
    }

    InvalidInputException error(String problem) {
        return new InvalidInputException(file, line, 0, problem);
    }

    int getInt(String column) throws InvalidInputException {
        String value = get(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(column, "'" + value + "' is not a whole number");
        }
    }
}
