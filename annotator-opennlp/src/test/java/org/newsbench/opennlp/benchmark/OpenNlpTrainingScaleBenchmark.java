package org.newsbench.opennlp.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.TrainingSet;
import org.newsbench.opennlp.NameFinderTrainingSettings;
import org.newsbench.opennlp.OpenNlpNameFinderTrainer;
import org.newsbench.opennlp.OpenNlpTextSegmenter;
import org.newsbench.opennlp.OpenNlpTrainedEntityAnnotator;

/**
 * Benchmark harness, not a test: fits {@code opennlp-trained}'s name finder on a generated corpus of news-like
 * sentences (default 1,000 documents of ~200 tokens, names drawn from fixed lists, gold mentions known from the
 * generation) and prints the fit time, the peak heap during the fit and the tagging rate on 100 further documents.
 *
 * <p>Run from the project root (after {@code mvn -o -q -pl annotator-opennlp -am test-compile
 * dependency:build-classpath -Dmdep.outputFile=/tmp/cp-opennlp.txt -Dmdep.includeScope=test}):
 * {@code /usr/bin/time -v java -Xmx4g -cp annotator-opennlp/target/test-classes:annotator-opennlp/target/classes:$(cat
 * /tmp/cp-opennlp.txt) org.newsbench.opennlp.benchmark.OpenNlpTrainingScaleBenchmark 1000 MAXENT}
 */
public final class OpenNlpTrainingScaleBenchmark {

    private static final String[] FIRST = {"Andriy", "Maria", "Assimi", "Sergei", "Olena", "Abdoulaye", "Fatou",
        "Dmitry", "Ibrahim", "Natalia", "Moussa", "Yulia", "Oumar", "Viktor", "Aminata", "Pavel"};
    private static final String[] LAST = {"Yusov", "Goita", "Lavrov", "Diop", "Traore", "Kovalenko", "Keita",
        "Shevchenko", "Maiga", "Petrov", "Coulibaly", "Zelensky", "Sangare", "Ivanova", "Toure", "Melnyk"};
    private static final String[] PLACES = {"Mali", "Ukraine", "Bamako", "Kyiv", "Niger", "Moscow", "Kidal",
        "Algeria", "Burkina Faso", "Odesa", "Gao", "Senegal", "Kharkiv", "Timbuktu", "Libya", "Paris"};
    private static final String[] ORGANIZATIONS = {"Wagner Group", "United Nations", "African Union", "ECOWAS",
        "Reuters", "Ministry of Defence", "European Union", "Africa Corps", "Red Cross", "NATO"};
    private static final String[] MISC = {"Malian", "Ukrainian", "Russian", "French", "Nigerien", "Tuareg",
        "African", "Algerian"};
    private static final String[][] TEMPLATES = {
        {"P", " said on Monday that ", "L", " had cut ties with ", "L", " after the attack near ", "L", "."},
        {"The ", "O", " accused ", "M", " troops of abuses in ", "L", ", according to ", "P", "."},
        {"In a statement, ", "P", " of the ", "O", " called the decision by ", "L", " regrettable."},
        {"M", " officials met ", "P", " in ", "L", " to discuss security, the ", "O", " reported."},
        {"Fighters linked to the ", "O", " were seen in ", "L", " and ", "L", ", ", "M", " media said."},
        {"According to ", "P", ", the talks between ", "L", " and ", "L", " will resume next week."},
    };

    private OpenNlpTrainingScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String algorithm = args.length > 1 ? args[1] : "MAXENT";
        Random random = new Random(20240806L);
        List<Document> training = new ArrayList<>();
        List<EntityMention> gold = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            generate("train-" + d, random, training, gold);
        }
        List<Document> tagging = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            generate("tag-" + d, random, tagging, new ArrayList<>());
        }
        OpenNlpTextSegmenter segmenter = OpenNlpTextSegmenter.fromClasspathModels();
        long tokens = training.stream().mapToLong(doc -> segmenter.tokenizedSentences(doc.text()).stream()
                .mapToLong(s -> s.tokens().size()).sum()).sum();
        long taggingTokens = tagging.stream().mapToLong(doc -> segmenter.tokenizedSentences(doc.text()).stream()
                .mapToLong(s -> s.tokens().size()).sum()).sum();
        System.out.printf("generated: %d documents, %d tokens, %d gold mentions; algorithm %s; max heap %d MiB;"
                        + " cpus %d; load average %.1f%n", documents, tokens, gold.size(), algorithm,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadAverage());

        OpenNlpTrainedEntityAnnotator annotator = new OpenNlpTrainedEntityAnnotator(segmenter,
                new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.of(algorithm,
                        NameFinderTrainingSettings.DEFAULT_ITERATIONS, NameFinderTrainingSettings.DEFAULT_CUTOFF,
                        NameFinderTrainingSettings.DEFAULT_FEATURES)));
        System.gc();
        long before = usedHeap();
        resetPeaks();
        long start = System.nanoTime();
        annotator.fit(new TrainingSet(training, gold, List.of()));
        double fitSeconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        start = System.nanoTime();
        long found = 0;
        for (Document document : tagging) {
            found += annotator.annotateEntities(document).size();
        }
        double tagSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("RESULT documents=%d tokens=%d algorithm=%s fit=%.1f s peakHeapDuringFit=%d MiB"
                        + " (heap before fit %d MiB) tagging=%.0f tok/s (%d mentions in %d documents) load average %.1f%n",
                documents, tokens, algorithm, fitSeconds, peak >> 20, before >> 20, taggingTokens / tagSeconds, found,
                tagging.size(), loadAverage());
    }

    /** One document of ~200 tokens: template sentences with names drawn at random, its mentions added to {@code gold}. */
    private static void generate(String id, Random random, List<Document> documents, List<EntityMention> gold) {
        StringBuilder text = new StringBuilder();
        List<EntityMention> mentions = new ArrayList<>();
        for (int sentence = 0; sentence < 12; sentence++) {
            for (String part : TEMPLATES[random.nextInt(TEMPLATES.length)]) {
                String name;
                String type;
                switch (part) {
                    case "P" -> {
                        name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                        type = "PERSON";
                    }
                    case "L" -> {
                        name = PLACES[random.nextInt(PLACES.length)];
                        type = "LOCATION";
                    }
                    case "O" -> {
                        name = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)];
                        type = "ORGANIZATION";
                    }
                    case "M" -> {
                        name = MISC[random.nextInt(MISC.length)];
                        type = "MISC";
                    }
                    default -> {
                        text.append(part);
                        continue;
                    }
                }
                // ASCII text: UTF-16 and code-point offsets agree.
                mentions.add(new EntityMention(id, new Span(text.length(), text.length() + name.length()), type, name));
                text.append(name);
            }
            text.append(sentence % 4 == 3 ? "\n" : " ");
        }
        documents.add(new Document(id, text.toString()));
        gold.addAll(mentions);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
