package org.newsbench.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newsbench.api.Document;

/** The bundled gold corpus, read from the gold module's jar on the test classpath (tests and benchmark harnesses). */
public final class CorpusText {

    public static final List<String> IDS = List.of("000_fec9100097241395", "001_f23d0374e383327e", "002_7720f7d8ad8d4f8e",
            "003_ec6aab1b09965471", "004_fcd1b60b543d505c");

    private CorpusText() {
    }

    public static Document document(String id) {
        try (InputStream in = CorpusText.class.getResourceAsStream("/gold/corpus/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("corpus file gold/corpus/" + id + ".txt is not on the test classpath");
            }
            return new Document(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Document> all() {
        return IDS.stream().map(CorpusText::document).toList();
    }
}
