package org.newsbench.corenlp.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.newsbench.api.Document;
import org.newsbench.corenlp.CorpusText;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * Benchmark harness, not a test: for one CoreNLP entity provider ({@code corenlp}, {@code corenlp-conll4},
 * {@code corenlp-muc7}, {@code corenlp-3class}) in a fresh JVM, the load time, peak heap, and documents and tokens per
 * second with one thread, with two threads sharing one pipeline, and with two threads each with its own pipeline
 * (a second NER annotator, loaded with a distinct {@code pipeline.ner.*} property so that CoreNLP's annotator pool
 * does not hand back the first). A round annotates the five corpus documents four times (20 documents); medians of
 * the rounds are printed.
 *
 * <p>Run (from the project root, after {@code mvn -o -q -pl annotator-corenlp -am test-compile
 * dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}):
 * {@code java -Xmx6g -cp annotator-corenlp/target/test-classes:annotator-corenlp/target/classes:$(cat /tmp/cp.txt)
 * org.newsbench.corenlp.benchmark.CoreNlpVariantBenchmark corenlp-conll4 5}
 */
public final class CoreNlpVariantBenchmark {

    private static final int COPIES = 4;

    private CoreNlpVariantBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : "corenlp-conll4";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Document> corpus = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (String docId : CorpusText.IDS) {
                corpus.add(new Document(docId + "#" + copy, CorpusText.document(docId).text()));
            }
        }
        System.out.printf("provider=%s rounds=%d max heap=%d MiB, cpus=%d, load average %.1f%n", id, rounds,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), HeapMeter.loadAverage());
        AnnotatorProvider provider = ServiceLoader.load(AnnotatorProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.descriptor().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no provider " + id));

        HeapMeter.resetPeaks();
        long start = System.nanoTime();
        EntityAnnotator first = (EntityAnnotator) provider.create(ProviderConfiguration.EMPTY);
        first.annotateEntities(corpus.get(0));
        double load = HeapMeter.seconds(start);
        long peakAfterLoad = HeapMeter.peakHeap();
        System.gc();
        long retainedOne = HeapMeter.usedHeap();
        System.out.printf("load + first document (cold JVM): %.1f s; peak heap %d MiB; heap after GC %d MiB%n",
                load, peakAfterLoad >> 20, retainedOne >> 20);

        long tokens = countTokens(corpus);
        System.out.printf("work per round: %d documents, %d tokens%n", corpus.size(), tokens);
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            run(List.of(first), 1, corpus);
        }

        start = System.nanoTime();
        Map<String, String> secondPipeline = new HashMap<>();
        secondPipeline.put("pipeline.ner.benchmarkWorker", "2");
        EntityAnnotator second = (EntityAnnotator) provider.create(ProviderConfiguration.of(secondPipeline));
        second.annotateEntities(corpus.get(0));
        double secondLoad = HeapMeter.seconds(start);
        System.gc();
        long retainedTwo = HeapMeter.usedHeap();
        System.out.printf("second pipeline: %.1f s; heap after GC %d MiB (one pipeline: %d MiB)%n", secondLoad,
                retainedTwo >> 20, retainedOne >> 20);
        run(List.of(first, second), 2, corpus);
        HeapMeter.resetPeaks();

        double[] one = new double[rounds];
        double[] shared = new double[rounds];
        double[] own = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            one[round] = run(List.of(first), 1, corpus);
            shared[round] = run(List.of(first), 2, corpus);
            own[round] = run(List.of(first, second), 2, corpus);
            System.out.printf("round %d: 1 thread %.1f s, 2 threads shared pipeline %.1f s, 2 threads own pipelines"
                    + " %.1f s%n", round + 1, one[round], shared[round], own[round]);
        }
        double s1 = HeapMeter.median(one);
        double s2 = HeapMeter.median(shared);
        double s3 = HeapMeter.median(own);
        System.out.printf("RESULT provider=%s load=%.1fs peakHeapAfterLoad=%d MiB heapOnePipeline=%d MiB "
                        + "heapTwoPipelines=%d MiB peakHeapRuns=%d MiB | 1 thread %.2f doc/s %.0f tok/s | "
                        + "2 threads shared %.2f doc/s %.0f tok/s (x%.2f) | 2 threads own pipelines %.2f doc/s "
                        + "%.0f tok/s (x%.2f) | load average %.1f%n",
                id, load, peakAfterLoad >> 20, retainedOne >> 20, retainedTwo >> 20, HeapMeter.peakHeap() >> 20,
                corpus.size() / s1, tokens / s1, corpus.size() / s2, tokens / s2, s1 / s2,
                corpus.size() / s3, tokens / s3, s1 / s3, HeapMeter.loadAverage());
    }

    /** Seconds to annotate {@code corpus} with {@code threads} threads, thread i using annotator i mod n. */
    private static double run(List<EntityAnnotator> annotators, int threads, List<Document> corpus)
            throws Exception {
        long start = System.nanoTime();
        if (threads == 1) {
            for (Document document : corpus) {
                annotators.get(0).annotateEntities(document);
            }
            return HeapMeter.seconds(start);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                EntityAnnotator annotator = annotators.get(worker % annotators.size());
                int offset = worker;
                futures.add(pool.submit(() -> {
                    int mentions = 0;
                    for (int i = offset; i < corpus.size(); i += threads) {
                        mentions += annotator.annotateEntities(corpus.get(i)).size();
                    }
                    return mentions;
                }));
            }
            for (Future<Integer> future : futures) {
                if (future.get() == 0) {
                    throw new IllegalStateException("no mentions: all-O output");
                }
            }
        } finally {
            pool.shutdown();
        }
        return HeapMeter.seconds(start);
    }

    private static long countTokens(List<Document> corpus) {
        var properties = new java.util.Properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties);
        long tokens = 0;
        for (Document document : corpus) {
            Annotation annotation = new Annotation(document.text());
            tokenizer.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
