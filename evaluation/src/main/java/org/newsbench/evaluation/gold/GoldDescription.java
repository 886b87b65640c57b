package org.newsbench.evaluation.gold;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsbench.api.Task;

/**
 * Where a gold corpus was read from and what it holds, for the report.
 *
 * @param format the gold format's name ({@code csv}, {@code conll}, {@code brat}, {@code jsonl})
 * @param source the path it was read from, as given
 * @param tasks  the tasks the gold labels; a provider of another task is not applicable to it
 * @param notes  what the reader left aside, in words (e.g. brat relation lines), for the report
 * @param typeNamesInSource entity type as scored to its name in the source file, where {@code --type-map} (or the
 *                          CoNLL default) renamed it: {@code PERSON -> PER}; predictions are written back in the
 *                          source's names
 */
public record GoldDescription(String format, String source, Set<Task> tasks, List<String> notes,
                              Map<String, String> typeNamesInSource) {

    public GoldDescription(String format, String source, Set<Task> tasks, List<String> notes) {
        this(format, source, tasks, notes, Map.of());
    }

    /** A gold of both tasks, read from the project's CSV layout at {@code source}. */
    public static GoldDescription csv(String source) {
        return new GoldDescription(CsvGoldFormat.NAME, source, EnumSet.allOf(Task.class), List.of());
    }

    public GoldDescription {
        tasks = tasks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tasks));
        notes = List.copyOf(notes);
        typeNamesInSource = Map.copyOf(typeNamesInSource);
    }
}
