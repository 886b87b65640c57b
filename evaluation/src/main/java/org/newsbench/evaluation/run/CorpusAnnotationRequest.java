package org.newsbench.evaluation.run;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * A corpus to annotate where an engine's workers are.
 *
 * @param input            a folder of {@code <doc_id>.txt} files (UTF-8), or JSONL files of {@code {"id", "text"}}
 *                         lines, on any path the engine's file system knows ({@code file:}, {@code hdfs:}, ...)
 * @param output           the folder under which {@code predictions/<provider id>/} is written; it must not exist yet
 * @param tasks            the selected tasks the provider serves
 * @param targets          stance targets, asked of every sentence the provider splits
 * @param maxDocumentChars longer documents fail instead of being annotated
 * @param documentTimeout  the time the provider may take over one document; zero for no limit
 */
public record CorpusAnnotationRequest(String input, String output, String providerId,
                                      ProviderConfiguration configuration, Set<Task> tasks,
                                      List<StanceTarget> targets, int maxDocumentChars,
                                      Duration documentTimeout) {

    public CorpusAnnotationRequest {
        tasks = Set.copyOf(tasks);
        targets = List.copyOf(targets);
    }
}
