package org.newsbench.opennlp;

import java.util.Objects;
import java.util.Optional;

import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder and how its spans get their gold type: a fixed {@code goldType} for a one-type model (the classic
 * {@code en-ner-person.bin} gives untyped spans; its file name decides the type), or the span's own type for a model
 * trained on gold types.
 *
 * @param source   where the model came from, for messages
 * @param finder   the thread-safe finder (one {@code NameFinderME} per thread)
 * @param goldType the type of every span, or empty to use each span's own type
 */
public record TypedNameFinder(String source, ThreadSafeNameFinderME finder, Optional<String> goldType) {

    public TypedNameFinder {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(finder, "finder");
        Objects.requireNonNull(goldType, "goldType");
    }

    /** A finder whose every span is {@code goldType}. */
    public static TypedNameFinder withFixedType(String source, TokenNameFinderModel model, String goldType) {
        return new TypedNameFinder(source, new ThreadSafeNameFinderME(model), Optional.of(goldType));
    }

    /** A finder whose spans keep the types it was trained with. */
    public static TypedNameFinder withOwnTypes(String source, TokenNameFinderModel model) {
        return new TypedNameFinder(source, new ThreadSafeNameFinderME(model), Optional.empty());
    }

    /** The gold type of a span that the finder typed {@code spanType} (may be null). */
    String typeOf(String spanType) {
        return goldType.orElse(sourceLabelOf(spanType));
    }

    /** The model's own label of a span it typed {@code spanType} (may be null), before any mapping. */
    static String sourceLabelOf(String spanType) {
        return spanType == null ? "default" : spanType;
    }
}
