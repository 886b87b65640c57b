package org.newsbench.evaluation.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of a run, in the order of {@code scores.csv}, looked up by provider and {@link ScoreKey}. Immutable.
 * (A class rather than a record only to keep an index of the rows: reports look up thousands of figures.)
 */
public final class ScoreTable {

    private final List<ScoreRow> rows;
    private final Map<ProviderKey, ScoreRow> index = new HashMap<>();

    public ScoreTable(List<ScoreRow> rows) {
        this.rows = List.copyOf(rows);
        for (ScoreRow row : this.rows) {
            index.putIfAbsent(new ProviderKey(row.backend(), row.key()), row);
        }
    }

    /** In the order they were computed: the order of {@code scores.csv}. */
    public List<ScoreRow> rows() {
        return rows;
    }

    /** The figure of this provider with these coordinates, if it was computed. */
    public Optional<ScoreRow> find(String provider, ScoreKey key) {
        return Optional.ofNullable(index.get(new ProviderKey(provider, key)));
    }

    private record ProviderKey(String provider, ScoreKey key) {
    }
}
