package org.newsbench.evaluation.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic CoNLL-2003-style train/test split (4 columns, {@code -DOCSTART-} documents, IOB2 tags) of
 * generated sentences, for measuring the tool at benchmark size without any benchmark data. Names come from short
 * made-up lists, so a memorizing baseline has something to learn; a fifth of the test split's names are never seen in
 * training.
 *
 * <pre>java -cp evaluation/target/test-classes:evaluation/target/evaluation-0.1.0-SNAPSHOT.jar \
 *     org.newsbench.evaluation.benchmark.SyntheticConllCorpus OUT_DIR [DOCUMENTS] [TOKENS_PER_DOCUMENT] [SEED]</pre>
 * writes {@code OUT_DIR/train.conll} and {@code OUT_DIR/test.conll}, each of DOCUMENTS documents (default 1000) of
 * about TOKENS_PER_DOCUMENT tokens (default 200).
 */
public final class SyntheticConllCorpus {

    private static final List<List<String>> PERSONS = List.of(List.of("Anna", "Berg"), List.of("Tomas", "Lind"),
            List.of("Mara", "Oyelaran"), List.of("Ivo"), List.of("Kofi", "Mensah"), List.of("Lena", "Park"),
            List.of("Sami", "Haddad"), List.of("Ruth"), List.of("Jonas", "Ekholm"), List.of("Amina", "Diallo"));
    private static final List<List<String>> ORGANIZATIONS = List.of(List.of("Norvik", "Bank"),
            List.of("Talora", "Group"), List.of("Union", "of", "Westmark"), List.of("Kestrel", "Air"),
            List.of("Brightwater"), List.of("Council", "of", "Ostara"));
    private static final List<List<String>> LOCATIONS = List.of(List.of("Ostara"), List.of("Westmark"),
            List.of("Port", "Selva"), List.of("Valdry"), List.of("Lake", "Imber"), List.of("Corran"));
    private static final List<List<String>> MISC = List.of(List.of("Ostaran"), List.of("Westmarker"),
            List.of("Harvest", "Cup"), List.of("Selvan"));
    /** Names only the test split uses, so that a model must generalise beyond the names it saw. */
    private static final List<List<List<String>>> UNSEEN = List.of(
            List.of(List.of("Petra", "Voss"), List.of("Yusuf", "Adeyemi"), List.of("Noor")),
            List.of(List.of("Halden", "Mining"), List.of("Caspian", "Rail")),
            List.of(List.of("Mirren"), List.of("North", "Selva")),
            List.of(List.of("Winter", "Games")));
    private static final List<String> WORDS = List.of("the", "said", "on", "Monday", "that", "talks", "with",
            "would", "continue", "in", "a", "statement", "after", "officials", "met", "over", "trade", "and",
            "security", "for", "new", "plans", "to", "expand", "its", "office", "near", "border", "report", "visit");

    private SyntheticConllCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticConllCorpus OUT_DIR [DOCUMENTS] [TOKENS_PER_DOCUMENT] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int tokensPerDocument = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261130L;
        Files.createDirectories(out);
        Random random = new Random(seed);
        long trainTokens = write(out.resolve("train.conll"), documents, tokensPerDocument, random, false);
        long testTokens = write(out.resolve("test.conll"), documents, tokensPerDocument, random, true);
        System.out.printf("wrote %s (%d documents, %d tokens) and %s (%d documents, %d tokens)%n",
                out.resolve("train.conll"), documents, trainTokens, out.resolve("test.conll"), documents, testTokens);
    }

    /** @param unseenNames whether a fifth of the names come from {@link #UNSEEN} */
    static long write(Path file, int documents, int tokensPerDocument, Random random, boolean unseenNames)
            throws IOException {
        StringBuilder text = new StringBuilder();
        long tokens = 0;
        for (int d = 0; d < documents; d++) {
            text.append("-DOCSTART- -X- -X- O\n\n");
            int inDocument = 0;
            while (inDocument < tokensPerDocument) {
                int sentenceLength = 8 + random.nextInt(17);
                int inSentence = 0;
                while (inSentence < sentenceLength) {
                    if (random.nextInt(6) == 0) {
                        int kind = random.nextInt(4);
                        List<List<String>> names = kind == 0 ? PERSONS : kind == 1 ? ORGANIZATIONS
                                : kind == 2 ? LOCATIONS : MISC;
                        String type = kind == 0 ? "PER" : kind == 1 ? "ORG" : kind == 2 ? "LOC" : "MISC";
                        if (unseenNames && random.nextInt(5) == 0) {
                            names = UNSEEN.get(kind);
                        }
                        List<String> name = names.get(random.nextInt(names.size()));
                        for (int i = 0; i < name.size(); i++) {
                            text.append(name.get(i)).append(" NNP I-NP ").append(i == 0 ? "B-" : "I-").append(type)
                                    .append('\n');
                        }
                        inSentence += name.size();
                    } else {
                        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(" NN I-NP O\n");
                        inSentence++;
                    }
                }
                text.append(". . O O\n\n");
                inSentence++;
                inDocument += inSentence;
            }
            tokens += inDocument;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return tokens;
    }
}
