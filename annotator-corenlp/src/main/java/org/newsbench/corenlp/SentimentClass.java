package org.newsbench.corenlp;

/** CoreNLP's five sentence sentiment classes ({@code SentimentCoreAnnotations.SentimentClass}). */
enum SentimentClass {
    VERY_NEGATIVE("Very negative"),
    NEGATIVE("Negative"),
    NEUTRAL("Neutral"),
    POSITIVE("Positive"),
    VERY_POSITIVE("Very positive");

    private final String coreNlpName;

    SentimentClass(String coreNlpName) {
        this.coreNlpName = coreNlpName;
    }

    /** The class CoreNLP names {@code name}; an unknown or missing name is {@link #NEUTRAL}. */
    static SentimentClass fromCoreNlp(String name) {
        for (SentimentClass value : values()) {
            if (value.coreNlpName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return value;
            }
        }
        return NEUTRAL;
    }
}
