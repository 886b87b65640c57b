package org.newsbench.opennlp.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.TrainingSet;
import org.newsbench.opennlp.CorpusDocuments;
import org.newsbench.opennlp.HandLabels;
import org.newsbench.opennlp.HandStanceLabels;
import org.newsbench.opennlp.MaxentTrainingSettings;
import org.newsbench.opennlp.NameFinderTrainingSettings;
import org.newsbench.opennlp.OpenNlpDoccatStanceAnnotator;
import org.newsbench.opennlp.OpenNlpNameFinderTrainer;
import org.newsbench.opennlp.OpenNlpTextSegmenter;
import org.newsbench.opennlp.OpenNlpTrainedEntityAnnotator;

/**
 * Benchmark of the OpenNLP backend (not part of the test suite): model load time, segmentation and name-tagging
 * throughput in tokens per second, peak heap, and leave-one-document-out training time per fold for the name finder
 * and the stance categorizer, with exact-match scores against the hand labels of the tests (not the gold).
 *
 * <p>Run from the project root (see annotator-opennlp/README.md):
 * {@code mvn -B -o -pl annotator-opennlp test-compile exec:java
 * -Dexec.mainClass=org.newsbench.opennlp.benchmark.OpenNlpBenchmark -Dexec.classpathScope=test}
 */
public final class OpenNlpBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 20;

    private OpenNlpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("OpenNLP benchmark: Java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long started = System.nanoTime();
        OpenNlpTextSegmenter segmenter = OpenNlpTextSegmenter.fromClasspathModels();
        System.out.printf("load: UD sentence + tokenizer models %.0f ms%n", millisSince(started));

        List<Document> corpus = CorpusDocuments.all();
        long corpusTokens = corpus.stream().mapToLong(document -> tokenCount(segmenter, document)).sum();
        System.out.printf("corpus: %d documents, %d tokens%n", corpus.size(), corpusTokens);

        measureThroughput("segmentation (sentences + tokens)", corpusTokens, () -> {
            corpus.forEach(document -> segmenter.tokenizedSentences(document.text()));
        });

        OpenNlpTrainedEntityAnnotator entities = new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults()));
        OpenNlpDoccatStanceAnnotator stance = new OpenNlpDoccatStanceAnnotator(segmenter,
                MaxentTrainingSettings.defaults());
        System.out.println("leave-one-document-out (hand labels of the tests; exact span and type):");
        for (int held = 0; held < corpus.size(); held++) {
            List<Document> training = new ArrayList<>(corpus);
            Document heldOut = training.remove(held);
            started = System.nanoTime();
            entities.fit(new TrainingSet(training, HandLabels.of(training), List.of()));
            double nerMillis = millisSince(started);
            List<EntityMention> predicted = entities.annotateEntities(heldOut);
            List<EntityMention> gold = HandLabels.of(heldOut);
            long correct = predicted.stream().filter(gold::contains).count();
            int unencodable = entities.lastTrainingData().unencodable().size();

            List<LabelledStance> stanceRows = HandStanceLabels.of(training, segmenter);
            started = System.nanoTime();
            stance.fit(new TrainingSet(training, List.of(), stanceRows));
            double stanceMillis = millisSince(started);
            List<LabelledStance> heldRows = HandStanceLabels.of(heldOut, segmenter);
            List<StancePrediction> predictions = stance.predictStance(heldOut,
                    heldRows.stream().map(LabelledStance::instance).toList());
            long stanceCorrect = 0;
            long heldNone = 0;
            for (int i = 0; i < heldRows.size(); i++) {
                stanceCorrect += predictions.get(i).label() == heldRows.get(i).label() ? 1 : 0;
                heldNone += heldRows.get(i).label() == StanceLabel.NONE ? 1 : 0;
            }
            System.out.printf("  fold %s: name finder trained in %.0f ms (%d gold unencodable), P %.2f R %.2f"
                    + " (%d/%d predicted, %d gold); stance trained in %.0f ms on %d rows, accuracy %.2f on %d rows"
                    + " (all-NONE baseline %.2f)%n",
                    heldOut.id(), nerMillis, unencodable, ratio(correct, predicted.size()), ratio(correct, gold.size()),
                    correct, predicted.size(), gold.size(), stanceMillis, stanceRows.size(),
                    ratio(stanceCorrect, heldRows.size()), heldRows.size(), ratio(heldNone, heldRows.size()));
        }

        // The last fold's models (trained on documents 000-003) for throughput.
        measureThroughput("name tagging (segmentation + NameFinderME)", corpusTokens, () -> {
            for (Document document : corpus) {
                try {
                    entities.annotateEntities(document);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        List<List<StanceInstance>> instances = new ArrayList<>();
        long stanceTokens = 0;
        for (Document document : corpus) {
            List<StanceInstance> documentInstances = HandStanceLabels.of(document, segmenter).stream()
                    .map(LabelledStance::instance).toList();
            instances.add(documentInstances);
            for (StanceInstance instance : documentInstances) {
                String sentence = document.offsets().slice(instance.span());
                stanceTokens += segmenter.tokens(sentence, 0, sentence.length()).size();
            }
        }
        measureThroughput("stance (tokenize + DoccatME, 3 targets per sentence)", stanceTokens, () -> {
            for (int i = 0; i < corpus.size(); i++) {
                try {
                    stance.predictStance(corpus.get(i), instances.get(i));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        System.out.printf("peak heap (sum of heap pools' peaks, whole JVM): %.0f MiB%n", peakHeap() / 1048576.0);
    }

    private static void measureThroughput(String what, long tokensPerRound, Runnable round) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            round.run();
        }
        long started = System.nanoTime();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            round.run();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,.0f tokens/s (warm, one thread, %d rounds of %d tokens)%n", what,
                tokensPerRound * MEASURED_ROUNDS / seconds, MEASURED_ROUNDS, tokensPerRound);
    }

    private static long tokenCount(OpenNlpTextSegmenter segmenter, Document document) {
        return segmenter.tokenizedSentences(document.text()).stream().mapToLong(sentence -> sentence.tokens().size()).sum();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
