package org.newsbench.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic news corpus of invented places, people and organisations, with its gold, for measuring the
 * engines at scale (never real benchmark text). Each document is about 600 tokens by default: 30 sentences (or
 * {@code SENTENCES}) from templates whose entity spans and stance toward two invented countries are known, so the gold
 * is exact by construction.
 *
 * <p>Run from the repository root with nothing but a JDK:
 * {@code java spark-runner/src/test/java/org/newsbench/spark/SyntheticCorpusGenerator.java OUT 10000 [SEED [SENTENCES]]}. It
 * writes {@code OUT/corpus/<doc_id>.txt}, {@code OUT/corpus.jsonl} (the same documents as JSON lines),
 * {@code OUT/entities.csv}, {@code OUT/stance.csv} and {@code OUT/targets.csv} in the gold module's formats.
 */
public final class SyntheticCorpusGenerator {

    private static final String[] PEOPLE = {"Anselm Korvath", "Ilse Marandu", "Tobiah Renwick", "Sarai Okonde",
        "Petra Lindqvar", "Joram Estevane", "Maelis Drost", "Kofi Arundel", "Yevra Solanke", "Dorian Vasquell"};
    private static final String[] ORGANISATIONS = {"Tessaline Council", "Northmarch Bank", "Orvane Institute",
        "Kestrel Union", "Halvard Press Agency", "Brightwater Alliance"};
    private static final String[] PLACES = {"Oskari", "Lunebay", "Port Heska", "Tamrin", "Vell Ridge", "Carrowmere"};
    private static final String[] EVENTS = {"Harvest Accord", "Lantern Summit", "Coastal Compact"};
    /** The two stance targets, each named by one alias. */
    private static final String[][] TARGETS = {{"VALDORIA", "Valdoria"}, {"MERENTH", "Merenth"}};
    private static final String[] FILLERS = {"according to officials familiar with the talks",
        "after a long week of negotiations", "in a statement released late on Tuesday",
        "as observers had widely expected", "despite earlier reports to the contrary"};

    private SyntheticCorpusGenerator() {
    }

    /** A sentence under construction: its text, entity spans and stance per target. */
    private static final class Sentence {
        final StringBuilder text = new StringBuilder();
        final List<String[]> entities = new ArrayList<>();
        final String[] stance = {"NONE", "NONE"};
        final String[] holder = {"", ""};

        Sentence add(String words) {
            text.append(words);
            return this;
        }

        Sentence entity(String name, String type) {
            entities.add(new String[] {String.valueOf(text.length()), name, type});
            text.append(name);
            return this;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpusGenerator OUT DOCUMENTS [SEED [SENTENCES]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 20240806L);
        int sentencesPerDocument = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path corpus = Files.createDirectories(out.resolve("corpus"));
        long tokens = 0;
        try (BufferedWriter entities = writer(out.resolve("entities.csv"));
             BufferedWriter stance = writer(out.resolve("stance.csv"));
             BufferedWriter jsonl = writer(out.resolve("corpus.jsonl"))) {
            entities.write("doc_id,start,end,type,text\n");
            stance.write("doc_id,start,end,target,stance,holder\n");
            for (int d = 0; d < documents; d++) {
                String docId = String.format(Locale.ROOT, "syn%06d", d);
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < sentencesPerDocument; s++) {
                    Sentence sentence = sentence(random);
                    int offset = text.length() == 0 ? 0 : text.length() + 1;
                    if (offset > 0) {
                        text.append(' ');
                    }
                    text.append(sentence.text);
                    for (String[] entity : sentence.entities) {
                        int start = offset + Integer.parseInt(entity[0]);
                        entities.write(docId + "," + start + "," + (start + entity[1].length()) + "," + entity[2] + ","
                                + entity[1] + "\n");
                    }
                    for (int t = 0; t < TARGETS.length; t++) {
                        stance.write(docId + "," + offset + "," + (offset + sentence.text.length()) + ","
                                + TARGETS[t][0] + "," + sentence.stance[t] + "," + sentence.holder[t] + "\n");
                    }
                }
                tokens += text.toString().split("\\s+").length;
                Files.writeString(corpus.resolve(docId + ".txt"), text, StandardCharsets.UTF_8);
                jsonl.write("{\"id\":\"" + docId + "\",\"text\":\"" + text + "\"}\n");
            }
        }
        try (BufferedWriter targets = writer(out.resolve("targets.csv"))) {
            targets.write("target,alias\n");
            for (String[] target : TARGETS) {
                targets.write(target[0] + "," + target[1] + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %d whitespace tokens (%.0f per document) in %s%n", documents,
                tokens, (double) tokens / documents, out.toAbsolutePath());
    }

    private static Sentence sentence(Random random) {
        String person = pick(random, PEOPLE);
        String organisation = pick(random, ORGANISATIONS);
        String place = pick(random, PLACES);
        String filler = pick(random, FILLERS);
        int target = random.nextInt(TARGETS.length);
        Sentence sentence = new Sentence();
        switch (random.nextInt(6)) {
            case 0 -> sentence.entity(person, "PERSON").add(" met delegates of the ").entity(organisation, "ORGANIZATION")
                    .add(" in ").entity(place, "LOCATION").add(" " + filler + ", and the talks went on.");
            case 1 -> {
                sentence.entity(person, "PERSON").add(" praised ").entity(TARGETS[target][1], "LOCATION")
                        .add(" for its support of the ").entity(pick(random, EVENTS), "MISC").add(", " + filler + ".");
                sentence.stance[target] = "FAVOR";
                sentence.holder[target] = person;
            }
            case 2 -> {
                sentence.add("The ").entity(organisation, "ORGANIZATION").add(" condemned ")
                        .entity(TARGETS[target][1], "LOCATION").add(" over the border closure near ")
                        .entity(place, "LOCATION").add(", " + filler + ".");
                sentence.stance[target] = "AGAINST";
                sentence.holder[target] = organisation;
            }
            case 3 -> sentence.add("Markets in ").entity(place, "LOCATION").add(" were calm on Monday " + filler
                    + ", while traders waited for news from the ").entity(organisation, "ORGANIZATION").add(".");
            case 4 -> sentence.add("Reporters from the ").entity(organisation, "ORGANIZATION")
                    .add(" asked ").entity(person, "PERSON").add(" about the ").entity(pick(random, EVENTS), "MISC")
                    .add(" but got no clear answer " + filler + ".");
            default -> sentence.add("Officials in ").entity(TARGETS[target][1], "LOCATION")
                    .add(" and ").entity(TARGETS[1 - target][1], "LOCATION")
                    .add(" said the next round of talks would be held in ").entity(place, "LOCATION")
                    .add(" " + filler + ".");
        }
        return sentence;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
