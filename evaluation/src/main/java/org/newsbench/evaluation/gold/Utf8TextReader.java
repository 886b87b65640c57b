package org.newsbench.evaluation.gold;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file as strict UTF-8: a byte sequence that is not UTF-8 is an {@link InvalidInputException} naming the line
 * and column where it is, never a silent replacement character. A byte-order mark at the start is dropped:
 * spreadsheets and some editors write one, and it is no part of the text.
 */
public final class Utf8TextReader {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Utf8TextReader() {
    }

    /** The file's text as stored, less a leading byte-order mark (no line-end normalisation). */
    public static String read(Path file) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            throw new InvalidInputException(file.toString(), lineOf(bytes, badByte), columnOf(bytes, badByte),
                    "not valid UTF-8: byte 0x" + String.format("%02X", bytes[badByte] & 0xFF) + " at byte offset "
                            + badByte + "; save the file as UTF-8");
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new InvalidInputException(file.toString(), "not valid UTF-8: " + e.getMessage());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        // Column in characters: the valid prefix of the line, decoded.
        String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length()) + 1;
    }
}
