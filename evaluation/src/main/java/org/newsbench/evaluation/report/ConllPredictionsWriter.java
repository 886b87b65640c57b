package org.newsbench.evaluation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.evaluation.gold.ConllGoldFormat;
import org.newsbench.evaluation.gold.ConllGoldFormat.ConllDocument;
import org.newsbench.evaluation.gold.ConllGoldFormat.ConllFile;
import org.newsbench.evaluation.gold.ConllGoldFormat.Token;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.io.AtomicFileWriter;

/**
 * Writes a provider's entity predictions beside a CoNLL gold: every line of the gold file with the predicted tag as a
 * last column, so that {@code conlleval} runs on it unchanged. Tags are IOB2 (BIOES when the gold's are), types
 * written with the gold file's names ({@code PER}, not {@code PERSON}). A token is tagged when a predicted mention
 * covers any of it: a mention that starts or ends inside a token is widened to whole tokens, and a mention overlapping
 * one already tagged is left out.
 */
public final class ConllPredictionsWriter {

    private ConllPredictionsWriter() {
    }

    public static void write(Path file, GoldCorpus gold, List<EntityMention> predicted)
            throws IOException, InvalidInputException {
        ConllFile conll = ConllGoldFormat.parse(Path.of(gold.description().source()), Integer.MAX_VALUE);
        boolean bioes = conll.documents().stream().flatMap(d -> d.sentences().stream()).flatMap(List::stream)
                .map(token -> token.columns().get(token.columns().size() - 1))
                .anyMatch(tag -> tag.length() > 2 && tag.charAt(1) == '-' && "ESLU".indexOf(tag.charAt(0)) >= 0);
        Map<String, List<EntityMention>> byDocument = new HashMap<>();
        predicted.forEach(mention -> byDocument.computeIfAbsent(mention.docId(), id -> new ArrayList<>()).add(mention));
        Map<String, String> typeNames = gold.description().typeNamesInSource();
        StringBuilder out = new StringBuilder();
        for (ConllDocument document : conll.documents()) {
            List<EntityMention> mentions = byDocument.getOrDefault(document.id(), List.of());
            if (conll.docstartLines()) {
                int columns = document.sentences().get(0).get(0).columns().size();
                out.append("-DOCSTART-").append(" -X-".repeat(Math.max(0, columns - 2))).append(" O O\n\n");
            }
            for (List<Token> sentence : document.sentences()) {
                String[] tags = tags(sentence, mentions, typeNames, bioes);
                for (int i = 0; i < sentence.size(); i++) {
                    out.append(String.join(" ", sentence.get(i).columns())).append(' ').append(tags[i]).append('\n');
                }
                out.append('\n');
            }
        }
        AtomicFileWriter.write(file, out.toString());
    }

    private static String[] tags(List<Token> sentence, List<EntityMention> mentions, Map<String, String> typeNames,
                                 boolean bioes) {
        String[] tags = new String[sentence.size()];
        Arrays.fill(tags, "O");
        for (EntityMention mention : mentions) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < sentence.size(); i++) {
                Token token = sentence.get(i);
                if (new Span(token.start(), token.end()).overlaps(mention.span())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0 || !allOutside(tags, first, last)) {
                continue;
            }
            String type = typeNames.getOrDefault(mention.type(), mention.type()).replaceAll("\\s", "_");
            for (int i = first; i <= last; i++) {
                String prefix = i == first ? (bioes && first == last ? "S-" : "B-")
                        : (bioes && i == last ? "E-" : "I-");
                tags[i] = prefix + type;
            }
        }
        return tags;
    }

    private static boolean allOutside(String[] tags, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!tags[i].equals("O")) {
                return false;
            }
        }
        return true;
    }
}
