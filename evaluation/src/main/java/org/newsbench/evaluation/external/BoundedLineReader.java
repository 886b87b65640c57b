package org.newsbench.evaluation.external;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream, holding at most a given number of bytes of each: the bound is checked as the bytes
 * arrive, so an endless or gigantic line is never held whole. Lines end at {@code \n}, {@code \r} or {@code \r\n}, as
 * for {@link java.io.BufferedReader#readLine()}. Bytes after a line stay buffered for the next one. Used by one thread
 * at a time.
 */
final class BoundedLineReader {

    /** A line passed the bound; the reader stopped inside it, so the stream is of no further use. */
    static final class LineTooLongException extends Exception {
        LineTooLongException(int maxBytes) {
            super("line longer than " + maxBytes + " bytes");
        }
    }

    private enum Outcome { LINE, END_OF_STREAM, TOO_LONG }

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int end;
    /** The last line ended at a {@code \r}: a {@code \n} right after it belongs to that end. */
    private boolean afterCarriageReturn;

    BoundedLineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line without its end, or null at the end of the stream (a last line without an end is returned).
     *
     * @throws LineTooLongException as soon as the line has more than {@code maxBytes} bytes
     */
    String readLine(int maxBytes) throws IOException, LineTooLongException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        return switch (read(line, maxBytes, false)) {
            case LINE -> line.toString(StandardCharsets.UTF_8);
            case END_OF_STREAM -> null;
            case TOO_LONG -> throw new LineTooLongException(maxBytes);
        };
    }

    /** The next line cut to its first {@code maxBytes} bytes (the rest is read past, never held), or null at the end. */
    String readLineCut(int maxBytes) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        return read(line, maxBytes, true) == Outcome.END_OF_STREAM ? null : line.toString(StandardCharsets.UTF_8);
    }

    private Outcome read(ByteArrayOutputStream line, int maxBytes, boolean cut) throws IOException {
        boolean readAny = false;
        while (true) {
            if (position == end && !fill()) {
                return readAny ? Outcome.LINE : Outcome.END_OF_STREAM;
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            readAny = true;
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int length = position - start;
            if (line.size() + length > maxBytes) {
                if (!cut) {
                    return Outcome.TOO_LONG;
                }
                length = maxBytes - line.size();
            }
            line.write(buffer, start, length);
            if (position < end) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                return Outcome.LINE;
            }
        }
    }

    /** Reads the next bytes into the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read < 0) {
            return false;
        }
        position = 0;
        end = read;
        return true;
    }
}
