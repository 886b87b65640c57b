package org.newsbench.evaluation.external;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream, each at most a given number of bytes: the bound is checked as the bytes arrive, so an
 * endless or gigantic line is never held whole. A line ends at {@code \n}; a {@code \r} before it is dropped. Bytes
 * after the line stay buffered for the next one. Used by one thread at a time.
 */
final class BoundedLineReader {

    /** A line passed the bound; the reader stopped inside it, so the stream is of no further use. */
    static final class LineTooLongException extends Exception {
        LineTooLongException(int maxBytes) {
            super("line longer than " + maxBytes + " bytes");
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int end;

    BoundedLineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line without its end, or null at the end of the stream (a last line without {@code \n} is returned).
     *
     * @throws LineTooLongException as soon as the line has more than {@code maxBytes} bytes before its {@code \n}
     */
    String readLine(int maxBytes) throws IOException, LineTooLongException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean readAny = false;
        while (true) {
            if (position == end) {
                int read = in.read(buffer);
                if (read < 0) {
                    return readAny ? decode(line) : null;
                }
                position = 0;
                end = read;
            }
            readAny = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            if (line.size() + position - start > maxBytes) {
                throw new LineTooLongException(maxBytes);
            }
            line.write(buffer, start, position - start);
            if (position < end) {
                position++;
                return decode(line);
            }
        }
    }

    private static String decode(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
