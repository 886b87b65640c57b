package org.newsbench.corenlp.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newsbench.api.Document;

/** The bundled corpus, read from the gold module on the test classpath, for the benchmark harnesses. */
final class BenchmarkCorpus {

    static final List<String> IDS = List.of("000_fec9100097241395", "001_f23d0374e383327e", "002_7720f7d8ad8d4f8e",
            "003_ec6aab1b09965471", "004_fcd1b60b543d505c");

    private BenchmarkCorpus() {
    }

    static Document read(String id) {
        try (InputStream in = BenchmarkCorpus.class.getResourceAsStream("/gold/corpus/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("gold/corpus/" + id + ".txt is not on the classpath");
            }
            return new Document(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
