package org.newsbench.corenlp.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.corenlp.CoreNlpEntityProvider;
import org.newsbench.api.spi.ProviderConfiguration;

/**
 * Benchmark harness, not a test: load time, tokens/s and peak heap of the {@code corenlp} entity annotator and of a
 * raw CoreNLP pipeline with the same annotators and properties, on the bundled corpus, in one JVM. After three warm-up
 * rounds, each round times wrapper and raw document by document in alternating order; the medians and their ratio are printed.
 *
 * <p>Run: {@code mvn -B -o -pl annotator-corenlp test-compile org.codehaus.mojo:exec-maven-plugin:exec
 * -Dbenchmark.mode=coarse -Dbenchmark.rounds=8} (mode
 * {@code coarse} or {@code fine}).
 */
public final class CoreNlpEntityBenchmark {

    private static final int WARM_UP_ROUNDS = 3;

    private CoreNlpEntityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "coarse";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean fine = switch (mode) {
            case "coarse" -> false;
            case "fine" -> true;
            default -> throw new IllegalArgumentException("mode must be coarse or fine, got " + mode);
        };
        List<Document> corpus = BenchmarkCorpus.IDS.stream().map(BenchmarkCorpus::read).toList();
        System.out.printf("mode=%s rounds=%d max heap=%d MiB, cpus=%d, system load average %.1f%n", mode, rounds,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadAverage());

        resetPeaks();
        long start = System.nanoTime();
        EntityAnnotator wrapper = (EntityAnnotator) new CoreNlpEntityProvider()
                .create(ProviderConfiguration.of(Map.of("ner.applyFineGrained", Boolean.toString(fine))));
        double wrapperLoad = seconds(start);
        long peakAfterLoad = peakHeap();
        System.out.printf("wrapper load (cold JVM, models read): %.1f s; peak heap after load %d MiB%n",
                wrapperLoad, peakAfterLoad >> 20);

        // The raw pipeline gets the provider's properties verbatim; CoreNLP's annotator pool hands it the already
        // loaded annotators, so both sides run the very same model objects.
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        properties.setProperty("ner.applyFineGrained", Boolean.toString(fine));
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        start = System.nanoTime();
        StanfordCoreNLP raw = new StanfordCoreNLP(properties);
        System.out.printf("raw pipeline construction (annotators from CoreNLP's pool): %.2f s%n", seconds(start));

        long tokens = countTokens(raw, corpus);
        System.out.printf("corpus: %d documents, %d tokens%n", corpus.size(), tokens);

        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            double[] seconds = timeRound(wrapper, raw, corpus, round);
            System.out.printf("warm-up round %d: wrapper %.0f tok/s, raw %.0f tok/s%n", round, tokens / seconds[0],
                    tokens / seconds[1]);
        }
        resetPeaks();
        double[] wrapperRates = new double[rounds];
        double[] rawRates = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double[] seconds = timeRound(wrapper, raw, corpus, round);
            wrapperRates[round] = tokens / seconds[0];
            rawRates[round] = tokens / seconds[1];
            System.out.printf("round %d: wrapper %.0f tok/s, raw %.0f tok/s%n", round + 1, wrapperRates[round],
                    rawRates[round]);
        }
        double wrapperMedian = median(wrapperRates);
        double rawMedian = median(rawRates);
        System.gc();
        long retained = usedHeap();
        System.out.printf("RESULT mode=%s load=%.1fs wrapper=%.0f tok/s raw=%.0f tok/s ratio=%.1f%% "
                        + "peakHeap=%d MiB heapAfterGc=%d MiB loadAverage=%.1f%n", mode, wrapperLoad, wrapperMedian,
                rawMedian, 100 * wrapperMedian / rawMedian, peakHeap() >> 20, retained >> 20, loadAverage());
        wrapper.close();
    }

    /**
     * Seconds the wrapper and the raw pipeline took over the corpus, timed document by document in alternating
     * order (wrapper first on even rounds, raw first on odd ones), so that drift on a shared machine hits both.
     */
    private static double[] timeRound(EntityAnnotator wrapper, StanfordCoreNLP raw, List<Document> corpus, int round)
            throws Exception {
        double wrapperSeconds = 0;
        double rawSeconds = 0;
        long wrapperMentions = 0;
        long rawMentions = 0;
        for (Document document : corpus) {
            for (int turn = 0; turn < 2; turn++) {
                long start = System.nanoTime();
                if ((turn + round) % 2 == 0) {
                    wrapperMentions += wrapper.annotateEntities(document).size();
                    wrapperSeconds += seconds(start);
                } else {
                    Annotation annotation = new Annotation(document.text());
                    raw.annotate(annotation);
                    rawMentions += annotation.get(CoreAnnotations.MentionsAnnotation.class).size();
                    rawSeconds += seconds(start);
                }
            }
        }
        return new double[] {check(wrapperMentions, wrapperSeconds), check(rawMentions, rawSeconds)};
    }

    private static double check(long mentions, double seconds) {
        if (mentions == 0) {
            throw new IllegalStateException("no mentions: the pipeline produced all-O output");
        }
        return seconds;
    }

    private static long countTokens(StanfordCoreNLP raw, List<Document> corpus) {
        long tokens = 0;
        for (Document document : corpus) {
            Annotation annotation = new Annotation(document.text());
            raw.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The machine's 1-minute load average: above the CPU count, other processes competed for the cores. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use (pools peak at different times). */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
