package org.newsbench.corenlp;

import java.util.ArrayList;
import java.util.List;

import org.newsbench.api.Document;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceTarget;

/** Stance targets with the corpus's aliases, and instances over a document's lines. */
final class StanceFixtures {

    static final StanceTarget UKRAINE = new StanceTarget("UKRAINE", List.of("Ukraine", "Kiev", "Kyiv"));
    static final StanceTarget MALI = new StanceTarget("MALI", List.of("Mali", "Bamako"));
    static final StanceTarget RUSSIA = new StanceTarget("RUSSIA", List.of("Russia", "Moscow", "Kremlin", "Wagner"));
    static final List<StanceTarget> TARGETS = List.of(UKRAINE, MALI, RUSSIA);

    private StanceFixtures() {
    }

    /** Each non-blank line of the document as a code-point span (the lines are the test's sentences). */
    static List<Span> lines(Document document) {
        List<Span> spans = new ArrayList<>();
        String text = document.text();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                spans.add(new Span(text.codePointCount(0, start), text.codePointCount(0, end)));
            }
            start = end + 1;
        }
        return spans;
    }

    /** One instance per line and target. */
    static List<StanceInstance> instances(Document document) {
        List<StanceInstance> instances = new ArrayList<>();
        for (Span span : lines(document)) {
            for (StanceTarget target : TARGETS) {
                instances.add(new StanceInstance(document.id(), span, target));
            }
        }
        return instances;
    }
}
