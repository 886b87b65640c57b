package org.newsbench.evaluation.run;

/**
 * Where one provider's run spent its time, accumulated as it goes (annotation threads report concurrently), then read
 * once as a {@link RunTiming}.
 */
final class RunStopwatch {

    private long loadMillis;
    private long fitMillis;
    private long annotateMillis;
    private long tokens;
    private int cachedDocuments;
    private int annotatedDocuments;

    static long start() {
        return System.nanoTime();
    }

    synchronized void loaded(long startNanos) {
        loadedMillis(millisSince(startNanos));
    }

    synchronized void loadedMillis(long millis) {
        loadMillis += millis;
    }

    synchronized void fitted(long startNanos) {
        fitMillis += millisSince(startNanos);
    }

    synchronized void annotatedFold(long startNanos) {
        annotateMillis += millisSince(startNanos);
    }

    synchronized void documentAnnotated(String text) {
        annotatedDocuments++;
        tokens += WhitespaceTokens.count(text);
    }

    synchronized void documentFromCache() {
        cachedDocuments++;
    }

    synchronized RunTiming timing() {
        return new RunTiming(loadMillis, fitMillis, annotateMillis, tokens, cachedDocuments, annotatedDocuments);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
