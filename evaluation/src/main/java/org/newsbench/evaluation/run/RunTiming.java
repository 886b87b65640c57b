package org.newsbench.evaluation.run;

/**
 * Where a provider's time went. Reported apart from the scores: timings differ between runs, scores must not.
 *
 * @param loadMillis      building the annotator (model loading); 0 when everything came from the cache
 * @param fitMillis       all fits of all folds
 * @param annotateMillis  wall time of annotation, all folds
 * @param tokens          whitespace-separated tokens of the documents annotated (not cached)
 * @param cachedDocuments documents whose annotations came from the cache
 */
public record RunTiming(long loadMillis, long fitMillis, long annotateMillis, long tokens, int cachedDocuments,
                        int annotatedDocuments) {

    public static final RunTiming NONE = new RunTiming(0, 0, 0, 0, 0, 0);

    /** Tokens per second of annotation wall time; 0 when nothing was annotated. */
    public double tokensPerSecond() {
        return annotateMillis == 0 ? 0 : tokens * 1000.0 / annotateMillis;
    }
}
