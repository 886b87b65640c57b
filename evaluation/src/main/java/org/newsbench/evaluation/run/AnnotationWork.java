package org.newsbench.evaluation.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsbench.api.Annotator;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * One batch of documents for an {@link AnnotationEngine}: a pretrained provider's whole corpus, or one fold's
 * held-out documents of a trainable provider.
 *
 * @param provider        the provider as discovered here; an engine on other JVMs finds it there again by
 *                        {@code providerId}
 * @param configuration   the configuration its annotator is built with
 * @param questions       how stance questions are asked where a job carries no gold questions
 * @param fitted          for a trainable provider, its annotator fitted on this fold's training documents (owned and
 *                        closed by the caller); empty for a pretrained provider, whose annotator the engine builds
 * @param documentTimeout the time the annotator may take over one document; zero for no limit
 */
public record AnnotationWork(AnnotatorProvider provider, String providerId, ProviderConfiguration configuration,
                             Set<Task> tasks, StanceQuestions questions, List<DocumentJob> jobs,
                             Optional<Annotator> fitted, Duration documentTimeout) {

    public AnnotationWork {
        tasks = Set.copyOf(tasks);
        jobs = List.copyOf(jobs);
    }
}
