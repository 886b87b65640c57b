package org.newsbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newsbench.api.Annotator;
import org.newsbench.api.Document;
import org.newsbench.api.StanceInstance;
import org.newsbench.evaluation.run.CheckedDocumentAnnotator;
import org.newsbench.evaluation.run.DocumentAnnotations;
import org.newsbench.evaluation.run.DocumentTimeLimit;
import org.newsbench.evaluation.run.FailureDescription;
import org.newsbench.evaluation.run.StanceQuestions;

/**
 * Annotates one partition on an executor: one JSON line per document ({@link PredictionJson}), its checked output or
 * its failure with the reason. The output check is the evaluation's own {@link CheckedDocumentAnnotator}. A document
 * that fails, even by the backend throwing or passing the {@link DocumentTimeLimit}, becomes a failure line and the
 * partition goes on; only an {@link Error} (other than a stack overflow) fails the task, which Spark then retries.
 */
final class PartitionAnnotator implements FlatMapFunction<Iterator<DocumentTask>, String> {

    private static final long serialVersionUID = 1L;
    /** Failed documents named per partition in the run's summary; all of them are in the part files. */
    private static final int EXAMPLES_PER_PARTITION = 3;

    private final ProviderSpec spec;
    private final RunCounters counters;

    PartitionAnnotator(ProviderSpec spec, RunCounters counters) {
        this.spec = spec;
        this.counters = counters;
    }

    /** What the tasks report back to the driver; Spark applies each successful task's updates once. */
    record RunCounters(LongAccumulator loadMillis, LongAccumulator documents, LongAccumulator failures,
                       CollectionAccumulator<String> failureExamples) implements Serializable {
    }

    @Override
    public Iterator<String> call(Iterator<DocumentTask> tasks) throws Exception {
        if (!tasks.hasNext()) {
            return List.<String>of().iterator();
        }
        Annotator annotator = null;
        String buildFailure = null;
        boolean ownsAnnotator = spec.fittedState() != null;
        try {
            if (ownsAnnotator) {
                annotator = ExecutorAnnotators.fitted(spec.fittedState().value());
            } else {
                ExecutorAnnotators.Built built = ExecutorAnnotators.pretrained(spec);
                counters.loadMillis().add(built.loadMillis());
                annotator = built.annotator();
                buildFailure = built.failure();
            }
        } catch (Exception e) {
            buildFailure = "fitted state could not be restored: " + FailureDescription.of(e);
        }
        List<String> lines = new ArrayList<>();
        int examples = 0;
        TaskContext taskContext = TaskContext.get();
        try (DocumentTimeLimit timeLimit = new DocumentTimeLimit(spec.documentTimeout())) {
            CheckedDocumentAnnotator checked = annotator == null ? null
                    : new CheckedDocumentAnnotator(annotator, spec.tasks(), questions());
            while (tasks.hasNext()) {
                DocumentTask task = tasks.next();
                String failure = task.inputProblem() != null ? task.inputProblem() : buildFailure;
                if (failure == null) {
                    try {
                        lines.add(PredictionJson.succeeded(task.docId(), spec.providerId(),
                                timeLimit.call(() -> annotateInTask(taskContext, checked, task))));
                    } catch (InterruptedException e) {
                        // Spark is killing this task: stop, rather than fail the rest of the partition.
                        throw e;
                    } catch (Exception | StackOverflowError e) {
                        failure = FailureDescription.of(e);
                    }
                }
                if (failure != null) {
                    lines.add(PredictionJson.failed(task.docId(), spec.providerId(), failure));
                    counters.failures().add(1);
                    if (examples++ < EXAMPLES_PER_PARTITION) {
                        counters.failureExamples().add(task.docId() + ": " + failure);
                    }
                }
                counters.documents().add(1);
            }
        } finally {
            if (ownsAnnotator && annotator != null) {
                annotator.close();
            }
        }
        return lines.iterator();
    }

    /**
     * Annotates on the time limit's worker thread as if on the task's own: a provider may ask {@link TaskContext#get}
     * (the context is per thread; {@code withTaskContext} is how Spark's own threads lend it).
     */
    private DocumentAnnotations annotateInTask(TaskContext taskContext, CheckedDocumentAnnotator checked,
                                               DocumentTask task) throws Exception {
        if (taskContext == null || TaskContext.get() == taskContext) {
            return checked.annotate(document(task), goldQuestions(task));
        }
        Exception[] thrown = new Exception[1];
        DocumentAnnotations annotations = TaskContext.withTaskContext(taskContext, () -> {
            try {
                return checked.annotate(document(task), goldQuestions(task));
            } catch (Exception e) {
                thrown[0] = e;
                return null;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return annotations;
    }

    private Document document(DocumentTask task) {
        return new Document(task.docId(), task.text());
    }

    private static Optional<List<StanceInstance>> goldQuestions(DocumentTask task) {
        return task.goldQuestions() == null ? Optional.empty()
                : Optional.of(task.goldQuestions().stream().map(StanceQuestionRow::toInstance).toList());
    }

    /** For documents without gold questions: the provider's own sentences × the targets. */
    private StanceQuestions questions() {
        return StanceQuestions.fromBackendSentences(
                spec.targets().stream().map(StanceQuestionRow.Target::toTarget).toList());
    }
}
