package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.evaluation.io.AtomicFileWriter;

/**
 * Writes entity mentions as brat standoff, one {@code <id>.txt} (the document's text) and {@code <id>.ann}
 * ({@code T<n><TAB>TYPE START END<TAB>text}, code-point offsets) per document, so that brat can show them and the brat
 * reader read them back. Types are written with the gold's names where the gold renamed them.
 */
public final class BratPredictionsWriter {

    private BratPredictionsWriter() {
    }

    public static void write(Path folder, List<Document> documents, List<EntityMention> mentions,
                             Map<String, String> typeNames) throws IOException {
        Map<String, List<EntityMention>> byDocument = new HashMap<>();
        mentions.forEach(mention -> byDocument.computeIfAbsent(mention.docId(), id -> new ArrayList<>()).add(mention));
        for (Document document : documents) {
            StringBuilder ann = new StringBuilder();
            int n = 0;
            for (EntityMention mention : byDocument.getOrDefault(document.id(), List.of())) {
                ann.append('T').append(++n).append('\t')
                        .append(typeNames.getOrDefault(mention.type(), mention.type()).replaceAll("\\s", "_"))
                        .append(' ').append(mention.span().start()).append(' ').append(mention.span().end())
                        .append('\t').append(mention.text().replace('\n', ' ').replace('\r', ' ')).append('\n');
            }
            AtomicFileWriter.write(folder.resolve(document.id() + ".txt"), document.text());
            AtomicFileWriter.write(folder.resolve(document.id() + ".ann"), ann.toString());
        }
    }
}
