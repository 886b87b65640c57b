package org.newsbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static BoundedLineReader reader(String text) {
        return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void linesEndAtNewlineCarriageReturnOrBothAndALastLineWithoutEndIsKept() throws Exception {
        BoundedLineReader reader = reader("{\"id\":\"d1\"}\n{\"id\":\"d2\"}\r\n\n 10%\r 20%\r\rlast");

        assertThat(reader.readLine(100)).isEqualTo("{\"id\":\"d1\"}");
        assertThat(reader.readLine(100)).isEqualTo("{\"id\":\"d2\"}");
        assertThat(reader.readLine(100)).isEmpty();
        assertThat(reader.readLine(100)).isEqualTo(" 10%");
        assertThat(reader.readLine(100)).isEqualTo(" 20%");
        assertThat(reader.readLine(100)).isEmpty();
        assertThat(reader.readLine(100)).isEqualTo("last");
        assertThat(reader.readLine(100)).isNull();
    }

    @Test
    void theBoundCountsUtf8BytesAndALineOfExactlyTheBoundPasses() throws Exception {
        // "é" is two bytes: six bytes in all.
        BoundedLineReader reader = reader("ééé\nééé\n");

        assertThat(reader.readLine(6)).isEqualTo("ééé");
        assertThatThrownBy(() -> reader.readLine(5)).isInstanceOf(BoundedLineReader.LineTooLongException.class)
                .hasMessage("line longer than 5 bytes");
    }

    @Test
    void aLineThatNeverEndsIsGivenUpAtTheBoundWithoutReadingFurther() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> new BoundedLineReader(endless).readLine(100_000))
                .isInstanceOf(BoundedLineReader.LineTooLongException.class);
        // At most one buffer past the bound.
        assertThat(endless.served).isBetween(100_001L, 100_000L + 8192);
    }

    @Test
    void aCutLineKeepsItsFirstBytesAndTheRestIsReadPastUpToTheNextLine() throws Exception {
        BoundedLineReader reader = reader("x".repeat(1_000_000) + "\r\nnext\n");

        assertThat(reader.readLineCut(100)).isEqualTo("x".repeat(100));
        assertThat(reader.readLineCut(100)).isEqualTo("next");
        assertThat(reader.readLineCut(100)).isNull();
    }

    /** An endless line of 'x', counting what was read of it. */
    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            java.util.Arrays.fill(bytes, offset, offset + length, (byte) 'x');
            served += length;
            return length;
        }
    }
}
