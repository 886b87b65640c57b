package org.newsbench.corenlp.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.newsbench.api.Document;
import org.newsbench.corenlp.CorpusText;
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
        List<Document> corpus = CorpusText.all();
        System.out.printf("mode=%s rounds=%d max heap=%d MiB, cpus=%d, system load average %.1f%n", mode, rounds,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), HeapMeter.loadAverage());

        HeapMeter.resetPeaks();
        long start = System.nanoTime();
        EntityAnnotator wrapper = (EntityAnnotator) new CoreNlpEntityProvider()
                .create(ProviderConfiguration.of(Map.of("ner.applyFineGrained", Boolean.toString(fine))));
        double wrapperLoad = HeapMeter.seconds(start);
        long peakAfterLoad = HeapMeter.peakHeap();
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
        System.out.printf("raw pipeline construction (annotators from CoreNLP's pool): %.2f s%n", HeapMeter.seconds(start));

        long tokens = countTokens(raw, corpus);
        System.out.printf("corpus: %d documents, %d tokens%n", corpus.size(), tokens);

        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            double[] seconds = timeRound(wrapper, raw, corpus, round);
            System.out.printf("warm-up round %d: wrapper %.0f tok/s, raw %.0f tok/s%n", round, tokens / seconds[0],
                    tokens / seconds[1]);
        }
        HeapMeter.resetPeaks();
        double[] wrapperRates = new double[rounds];
        double[] rawRates = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double[] seconds = timeRound(wrapper, raw, corpus, round);
            wrapperRates[round] = tokens / seconds[0];
            rawRates[round] = tokens / seconds[1];
            System.out.printf("round %d: wrapper %.0f tok/s, raw %.0f tok/s%n", round + 1, wrapperRates[round],
                    rawRates[round]);
        }
        double wrapperMedian = HeapMeter.median(wrapperRates);
        double rawMedian = HeapMeter.median(rawRates);
        System.gc();
        long retained = HeapMeter.usedHeap();
        System.out.printf("RESULT mode=%s load=%.1fs wrapper=%.0f tok/s raw=%.0f tok/s ratio=%.1f%% "
                        + "peakHeap=%d MiB heapAfterGc=%d MiB loadAverage=%.1f%n", mode, wrapperLoad, wrapperMedian,
                rawMedian, 100 * wrapperMedian / rawMedian, HeapMeter.peakHeap() >> 20, retained >> 20, HeapMeter.loadAverage());
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
                    wrapperSeconds += HeapMeter.seconds(start);
                } else {
                    Annotation annotation = new Annotation(document.text());
                    raw.annotate(annotation);
                    rawMentions += annotation.get(CoreAnnotations.MentionsAnnotation.class).size();
                    rawSeconds += HeapMeter.seconds(start);
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
}
