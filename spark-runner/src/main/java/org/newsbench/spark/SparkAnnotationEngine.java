package org.newsbench.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsbench.api.Annotator;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceTarget;
import org.newsbench.evaluation.run.AnnotationEngine;
import org.newsbench.evaluation.run.AnnotationEngineFactory;
import org.newsbench.evaluation.run.AnnotationWork;
import org.newsbench.evaluation.run.CorpusAnnotationEngine;
import org.newsbench.evaluation.run.CorpusAnnotationRequest;
import org.newsbench.evaluation.run.CorpusAnnotationResult;
import org.newsbench.evaluation.run.DocumentJob;
import org.newsbench.evaluation.run.DocumentOutcomes;
import org.newsbench.evaluation.run.EngineOptions;
import org.newsbench.evaluation.run.FailureDescription;
import org.newsbench.evaluation.run.StanceQuestions;

/**
 * The Spark engine ({@code --engine spark}): documents are partitioned over the executors, each executor JVM builds a
 * pretrained provider once from its id and configuration ({@link ExecutorAnnotators}) and annotates its partitions
 * ({@link PartitionAnnotator}). A trainable provider's annotator, fitted on the driver, is sent as its Java
 * serialisation; one that is not serialisable is refused, and the runner annotates that fold locally.
 *
 * <p>The master is {@code --master}, else the launcher's ({@code spark-submit --master}), else {@code local[*]}.
 */
public final class SparkAnnotationEngine implements AnnotationEngine, CorpusAnnotationEngine {

    public static final String NAME = "spark";
    /** Partitions per core of the cluster: small enough to balance uneven documents, large enough to be cheap. */
    private static final int PARTITIONS_PER_CORE = 4;
    private static final AnnotatorDiagnostics NOT_GATHERED = new AnnotatorDiagnostics(Map.of(), List.of(
            "annotated on Spark: the annotators' own diagnostics stay on the executors and are not gathered"));

    private final JavaSparkContext spark;
    private final boolean sameJvm;
    /** The fitted annotator last checked by {@link #acceptsFitted} and its serialisation, used by the next batch. */
    private Annotator checkedFitted;
    private byte[] checkedFittedState;

    /** Found by ServiceLoader under the name {@code spark}. */
    public static final class Factory implements AnnotationEngineFactory {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public AnnotationEngine open(EngineOptions options) {
            return new SparkAnnotationEngine(options);
        }
    }

    public SparkAnnotationEngine(EngineOptions options) {
        // Netty (Spark's transport) reaches into java.nio on Java 17; Spark's own launcher sets the same.
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        SparkConf conf = new SparkConf().setAppName("newsbench");
        options.master().ifPresent(conf::setMaster);
        conf.setIfMissing("spark.master", "local[*]");
        sameJvm = conf.get("spark.master").startsWith("local");
        if (sameJvm) {
            // One machine: the driver on the loopback interface, and no web UI to bind a port for, which other runs
            // on the machine may hold.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean acceptsFitted(Annotator fitted) {
        checkedFitted = null;
        checkedFittedState = null;
        if (!(fitted instanceof Serializable)) {
            return false;
        }
        try {
            checkedFittedState = serialise(fitted);
            checkedFitted = fitted;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public AnnotatorDiagnostics annotate(AnnotationWork work, DocumentOutcomes outcomes) {
        Broadcast<byte[]> fittedState = null;
        if (work.fitted().isPresent()) {
            Annotator fitted = work.fitted().get();
            if (fitted != checkedFitted && !acceptsFitted(fitted)) {
                throw new IllegalArgumentException("the fitted " + fitted.getClass().getName()
                        + " is not serialisable: ask acceptsFitted first");
            }
            fittedState = spark.broadcast(checkedFittedState);
        }
        List<StanceQuestionRow.Target> targets = work.questions() instanceof StanceQuestions.BackendSentences own
                ? own.targets().stream().map(StanceQuestionRow.Target::of).toList() : List.of();
        ProviderSpec spec = new ProviderSpec(work.providerId(), work.configuration().values(), work.tasks(), targets,
                fittedState, work.documentTimeout());

        Map<String, DocumentJob> jobsById = new HashMap<>();
        Map<String, StanceTarget> targetsById = new HashMap<>();
        List<DocumentTask> tasks = new ArrayList<>();
        for (DocumentJob job : work.jobs()) {
            jobsById.put(job.document().id(), job);
            List<StanceQuestionRow> questions = job.goldQuestions()
                    .map(asked -> asked.stream().map(StanceQuestionRow::of).toList()).orElse(null);
            job.goldQuestions().ifPresent(asked -> asked.stream().map(StanceInstance::target)
                    .forEach(target -> targetsById.put(target.id(), target)));
            tasks.add(new DocumentTask(job.document().id(), job.document().text(), null, questions));
        }
        if (work.questions() instanceof StanceQuestions.BackendSentences own) {
            own.targets().forEach(target -> targetsById.put(target.id(), target));
        }

        PartitionAnnotator.RunCounters counters = counters();
        int partitions = Math.max(1, Math.min(tasks.size(), spark.defaultParallelism() * PARTITIONS_PER_CORE));
        List<String> lines;
        try {
            lines = spark.parallelize(tasks, partitions).mapPartitions(new PartitionAnnotator(spec, counters)).collect();
        } catch (Exception e) {
            // A task failed more often than Spark retries it: its documents, and the others of the job, fail with
            // the reason rather than the whole run.
            String reason = "the Spark job failed: " + FailureDescription.of(e);
            work.jobs().forEach(job -> outcomes.failed(job, reason));
            return NOT_GATHERED;
        } finally {
            if (fittedState != null) {
                fittedState.destroy();
            }
        }
        outcomes.loaded(counters.loadMillis().value());
        for (String json : lines) {
            PredictionJson.Line line = PredictionJson.read(json);
            DocumentJob job = jobsById.get(line.docId());
            if (line.failure() != null) {
                outcomes.failed(job, line.failure());
            } else {
                outcomes.succeeded(job, PredictionJson.annotations(line, targetsById));
            }
        }
        return NOT_GATHERED;
    }

    @Override
    public CorpusAnnotationResult annotateCorpus(CorpusAnnotationRequest request) {
        String predictions = request.output().replaceAll("/+$", "") + "/predictions/" + request.providerId();
        if (CorpusInput.exists(spark, predictions)) {
            throw new IllegalArgumentException(predictions + " exists already; Spark does not overwrite: remove it "
                    + "or give another --output");
        }
        int partitions = spark.defaultParallelism() * PARTITIONS_PER_CORE;
        JavaRDD<DocumentTask> documents = CorpusInput.read(spark, request.input(), request.maxDocumentChars(),
                partitions);
        ProviderSpec spec = new ProviderSpec(request.providerId(), request.configuration().values(), request.tasks(),
                request.targets().stream().map(StanceQuestionRow.Target::of).toList(), null, request.documentTimeout());
        PartitionAnnotator.RunCounters counters = counters();
        documents.mapPartitions(new PartitionAnnotator(spec, counters)).saveAsTextFile(predictions);
        List<String> examples = new ArrayList<>(new TreeSet<>(counters.failureExamples().value()));
        return new CorpusAnnotationResult(request.providerId(), counters.documents().value(),
                counters.failures().value(), examples.subList(0, Math.min(10, examples.size())), predictions);
    }

    private PartitionAnnotator.RunCounters counters() {
        return new PartitionAnnotator.RunCounters(spark.sc().longAccumulator("load millis"),
                spark.sc().longAccumulator("documents"), spark.sc().longAccumulator("failed documents"),
                spark.sc().collectionAccumulator("failure examples"));
    }

    private static byte[] serialise(Annotator fitted) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(fitted);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        spark.close();
        if (sameJvm) {
            // The executors were this JVM: release the annotators they built.
            ExecutorAnnotators.closeAll();
        }
    }
}
