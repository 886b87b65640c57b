package org.newsbench.evaluation.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.newsbench.api.Task;
import org.newsbench.evaluation.metrics.MatchSchema;

/**
 * The coordinates of one figure of a provider: task, matching schema (entities only), scope and metric. Typed, so
 * that a misspelt coordinate does not compile rather than rendering "-".
 *
 * @param schema the matching schema for {@link Task#ENTITIES}; null for {@link Task#STANCE}, which has none
 */
public record ScoreKey(Task task, MatchSchema schema, ScoreScope scope, ScoreMetric metric) {

    public ScoreKey {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metric, "metric");
        if ((task == Task.ENTITIES) != (schema != null)) {
            throw new IllegalArgumentException("entity figures have a schema, stance figures none: " + task + " "
                    + schema);
        }
    }

    public static ScoreKey entities(MatchSchema schema, ScoreScope scope, ScoreMetric metric) {
        return new ScoreKey(Task.ENTITIES, schema, scope, metric);
    }

    public static ScoreKey stance(ScoreScope scope, ScoreMetric metric) {
        return new ScoreKey(Task.STANCE, null, scope, metric);
    }

    /** The task, schema, scope and metric columns of {@code scores.csv}; the schema of a stance figure is {@code -}. */
    public List<String> labels() {
        return List.of(taskLabel(task), schema == null ? "-" : schemaLabel(schema), scope.label(), metric.label());
    }

    /** {@code entities} or {@code stance}. */
    public static String taskLabel(Task task) {
        return task.name().toLowerCase(Locale.ROOT);
    }

    /** {@code strict}, {@code exact}, {@code partial} or {@code type}. */
    public static String schemaLabel(MatchSchema schema) {
        return schema.name().toLowerCase(Locale.ROOT);
    }
}
