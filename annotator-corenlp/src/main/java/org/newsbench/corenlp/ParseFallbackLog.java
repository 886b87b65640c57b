package org.newsbench.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import org.newsbench.api.Span;

/**
 * The sentences an annotator could not parse because they were longer than the parse bound, for its diagnostics.
 * Thread-safe.
 */
final class ParseFallbackLog {

    private final int maxParseTokens;
    private final String fallback;
    private final Set<String> sentences = new ConcurrentSkipListSet<>();

    /** @param fallback what such a sentence is treated as, for the note (e.g. "Neutral sentiment") */
    ParseFallbackLog(int maxParseTokens, String fallback) {
        this.maxParseTokens = maxParseTokens;
        this.fallback = fallback;
    }

    /** Records the sentence if it was too long to parse. */
    void record(String docId, Span span, SentenceAnalysis analysis) {
        if (!analysis.parsed() && analysis.tokens().size() > maxParseTokens) {
            sentences.add(docId + " " + span + " (" + analysis.tokens().size() + " tokens)");
        }
    }

    /** One note naming every sentence that fell back, or none. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!sentences.isEmpty()) {
            notes.add(sentences.size() + " sentence(s) longer than " + maxParseTokens + " tokens were not parsed and"
                    + " fell back to " + fallback + ": " + String.join(", ", sentences));
        }
        return notes;
    }
}
