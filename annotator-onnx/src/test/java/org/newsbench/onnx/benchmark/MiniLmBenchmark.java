package org.newsbench.onnx.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceInstance;
import org.newsbench.onnx.BundledGold;
import org.newsbench.onnx.ClassifierSettings;
import org.newsbench.onnx.MiniLmEncoder;
import org.newsbench.onnx.MiniLmStanceAnnotator;
import org.newsbench.onnx.SentenceEmbeddings;

/**
 * Benchmark of {@code minilm-stance} (not part of the test suite): model load time, embedding throughput in
 * sentences per second at 1 and 2 threads (every sentence of the bundled gold, embedded afresh each round), fit and
 * predict time per leave-one-document-out fold, and peak heap and resident memory of this JVM.
 *
 * <p>Run from the project root (see annotator-onnx/README.md):
 * {@code mvn -B -o -pl annotator-onnx test-compile exec:exec -Dbenchmark.encoder=full}
 */
public final class MiniLmBenchmark {

    private MiniLmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        MiniLmEncoder encoder = MiniLmEncoder.fromKey(args.length > 0 ? args[0] : "full");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf(Locale.ROOT, "minilm-stance benchmark, encoder %s: Java %s, %d cores, max heap %d MiB%n",
                encoder.key(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long started = System.nanoTime();
        try (SentenceEmbeddings first = SentenceEmbeddings.load(encoder)) {
            first.embed("Mali cut diplomatic ties with Ukraine.");
        }
        System.out.printf(Locale.ROOT, "load (native libraries, ONNX session, tokenizer) + first sentence: %.0f ms%n",
                millisSince(started));
        started = System.nanoTime();
        SentenceEmbeddings.load(encoder).close();
        System.out.printf(Locale.ROOT, "load again (ONNX session, tokenizer): %.0f ms%n", millisSince(started));

        List<String> sentences = corpusSentences();
        double meanChars = sentences.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf(Locale.ROOT, "corpus: %d distinct sentences, %.0f characters on average%n",
                sentences.size(), meanChars);
        measureThroughput(encoder, sentences, 1, 1, rounds);
        measureThroughput(encoder, sentences, 2, 1, rounds);
        measureThroughput(encoder, sentences, 1, 2, rounds);

        System.out.println("leave-one-document-out, default classifier settings (embeddings cached across folds):");
        try (MiniLmStanceAnnotator annotator = new MiniLmStanceAnnotator(SentenceEmbeddings.load(encoder),
                ClassifierSettings.defaults())) {
            leaveOneDocumentOut(annotator);
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of heap pools' peaks): %d MiB; peak RSS (VmHWM): %s%n",
                peakHeapMiB(), peakResidentMemory());
    }

    private static void leaveOneDocumentOut(MiniLmStanceAnnotator annotator) throws Exception {
        long started;
        for (String heldOut : BundledGold.IDS) {
            List<String> training = BundledGold.IDS.stream().filter(id -> !id.equals(heldOut)).toList();
            started = System.nanoTime();
            annotator.fit(BundledGold.trainingSet(training));
            double fitMillis = millisSince(started);
            Document document = BundledGold.document(heldOut);
            List<StanceInstance> questions = BundledGold.stances(Set.of(heldOut)).stream()
                    .map(LabelledStance::instance).toList();
            started = System.nanoTime();
            annotator.predictStance(document, questions);
            System.out.printf(Locale.ROOT, "  fold %s: fit %.0f ms, predict %d questions %.0f ms%n", heldOut,
                    fitMillis, questions.size(), millisSince(started));
        }
    }

    private static void measureThroughput(MiniLmEncoder encoder, List<String> sentences, int threads,
                                          int intraOpThreads, int rounds) throws Exception {
        double[] rates = new double[rounds + 1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round <= rounds; round++) {
                try (SentenceEmbeddings fresh = SentenceEmbeddings.load(encoder, intraOpThreads)) {
                    long started = System.nanoTime();
                    List<Future<?>> parts = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        int part = t;
                        parts.add(pool.submit(() -> {
                            for (int i = part; i < sentences.size(); i += threads) {
                                fresh.embed(sentences.get(i));
                            }
                        }));
                    }
                    for (Future<?> part : parts) {
                        part.get();
                    }
                    rates[round] = sentences.size() / (millisSince(started) / 1000);
                }
            }
        } finally {
            pool.shutdown();
        }
        // Round 0 warms up (JIT, ONNX Runtime's first runs) and is not reported.
        double[] measured = Arrays.copyOfRange(rates, 1, rates.length);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "embedding, %d thread(s) x %d ONNX Runtime thread(s): %.0f sentences/s"
                + " (median of %d rounds; %.0f-%.0f)%n", threads, intraOpThreads, measured[measured.length / 2],
                measured.length, measured[0], measured[measured.length - 1]);
    }

    private static List<String> corpusSentences() {
        List<String> sentences = new ArrayList<>();
        for (Document document : BundledGold.documents()) {
            BundledGold.stances(Set.of(document.id())).stream()
                    .map(row -> document.offsets().slice(row.instance().span()))
                    .distinct().forEach(sentences::add);
        }
        return sentences.stream().distinct().toList();
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** Linux only: the JVM's peak resident set, native libraries and ONNX Runtime's buffers included. */
    private static String peakResidentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).map(line -> line.substring(6).trim())
                    .findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }
}
