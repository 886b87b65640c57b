package org.newsbench.evaluation.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.evaluation.report.BratPredictionsWriter;
import org.newsbench.evaluation.report.JsonlPredictionsWriter;
import org.newsbench.evaluation.report.PredictionsCsvWriter;

/** The bundled gold, written in each format and read back, is the same gold. */
class GoldFormatRoundTripTest {

    @TempDir
    Path dir;

    private GoldCorpus bundled;
    private GoldReadOptions withBundledTargets;

    @BeforeEach
    void readBundledGold() throws Exception {
        GoldSource source = GoldSource.bundled();
        bundled = new GoldCorpusReader().read(source);
        withBundledTargets = new GoldReadOptions(EntityTypeMap.CONLL_DEFAULT, TagScheme.IOB, OffsetUnit.CODEPOINT,
                source.targetsCsv(), false, true, CorpusReader.DEFAULT_MAX_DOCUMENT_CHARS);
    }

    @Test
    void jsonlRoundTripKeepsDocumentsMentionsStanceRowsAndHolders() throws Exception {
        Path file = dir.resolve("bundled.jsonl");
        JsonlPredictionsWriter.write(file, bundled.documents(), bundled.entities(), bundled.stances(), Map.of());

        GoldCorpus read = new JsonlGoldFormat().read(file, withBundledTargets.withFullStanceGrid());

        assertThat(read.documents()).isEqualTo(bundled.documents());
        assertThat(read.entities()).isEqualTo(bundled.entities());
        assertThat(read.stances()).isEqualTo(bundled.stances());
        assertThat(read.targets()).isEqualTo(bundled.targets());
    }

    @Test
    void csvRoundTripKeepsEverything() throws Exception {
        for (Document document : bundled.documents()) {
            Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(dir.resolve("corpus").resolve(document.id() + ".txt"), document.text());
        }
        PredictionsCsvWriter.writeEntities(dir.resolve("entities.csv"), bundled.entities());
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(dir.resolve("stance.csv")), CSVFormat.RFC4180)) {
            printer.printRecord(GoldCorpusReader.STANCE_HEADER);
            for (LabelledStance stance : bundled.stances()) {
                printer.printRecord(stance.instance().docId(), stance.instance().span().start(),
                        stance.instance().span().end(), stance.instance().target().id(), stance.label(),
                        stance.holder());
            }
        }
        Files.copy(GoldSource.bundled().targetsCsv(), dir.resolve("targets.csv"));

        GoldCorpus read = new CsvGoldFormat().read(dir, GoldReadOptions.DEFAULT.withFullStanceGrid());

        assertThat(read.documents()).isEqualTo(bundled.documents());
        assertThat(read.entities()).isEqualTo(bundled.entities());
        assertThat(read.stances()).isEqualTo(bundled.stances());
        assertThat(read.targets()).isEqualTo(bundled.targets());
    }

    @Test
    void bratRoundTripKeepsDocumentsAndMentions() throws Exception {
        BratPredictionsWriter.write(dir, bundled.documents(), bundled.entities(), Map.of());

        GoldCorpus read = new BratGoldFormat().read(dir, GoldReadOptions.DEFAULT);

        assertThat(read.documents()).isEqualTo(bundled.documents());
        assertThat(read.entities()).isEqualTo(bundled.entities());
    }

    /**
     * CoNLL keeps tokens, not the text: the text is re-spaced (tokens split on white space and at mention boundaries,
     * joined by one space), so mentions come back with the same types and words in the same order, at new offsets.
     */
    @Test
    void conllRoundTripKeepsEachDocumentsMentionTypesAndWords() throws Exception {
        Map<String, String> conllNames = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC",
                "MISC", "MISC");
        StringBuilder file = new StringBuilder();
        for (Document document : bundled.documents()) {
            file.append("-DOCSTART- O\n\n").append(conllLines(document, bundled.entitiesOf(document.id()), conllNames));
        }
        Path path = dir.resolve("bundled.conll");
        Files.writeString(path, file);

        GoldCorpus read = new ConllGoldFormat().read(path, GoldReadOptions.DEFAULT);

        assertThat(read.documents()).hasSameSizeAs(bundled.documents());
        assertThat(read.entities()).hasSameSizeAs(bundled.entities());
        for (int d = 0; d < bundled.documents().size(); d++) {
            String originalId = bundled.documents().get(d).id();
            String readId = read.documents().get(d).id();
            assertThat(readId).isEqualTo("bundled-" + (d + 1));
            assertThat(typesAndWords(read.entitiesOf(readId))).as(originalId)
                    .isEqualTo(typesAndWords(bundled.entitiesOf(originalId)));
        }
        assertThat(read.description().typeNamesInSource()).containsEntry("PERSON", "PER");
    }

    private static List<String> typesAndWords(List<EntityMention> mentions) {
        return mentions.stream().map(m -> m.type() + " " + m.text().trim().replaceAll("\\s+", " ")).toList();
    }

    /** Tokens split on white space and at mention boundaries, one sentence per text line, IOB2 tags. */
    private static String conllLines(Document document, List<EntityMention> mentions, Map<String, String> names) {
        int[] codePoints = document.text().codePoints().toArray();
        TreeSet<Integer> cuts = new TreeSet<>();
        String[] tagAt = new String[codePoints.length];
        for (EntityMention mention : mentions) {
            cuts.add(mention.span().start());
            cuts.add(mention.span().end());
            for (int i = mention.span().start(); i < mention.span().end(); i++) {
                tagAt[i] = (i == mention.span().start() ? "B-" : "I-") + names.get(mention.type());
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> sentence = new ArrayList<>();
        int tokenStart = -1;
        for (int i = 0; i <= codePoints.length; i++) {
            boolean space = i == codePoints.length || Character.isWhitespace(codePoints[i]);
            if (tokenStart >= 0 && (space || cuts.contains(i))) {
                String tag = tagAt[tokenStart] == null ? "O" : tagAt[tokenStart];
                sentence.add(new String(codePoints, tokenStart, i - tokenStart) + " " + tag);
                tokenStart = -1;
            }
            if (!space && tokenStart < 0) {
                tokenStart = i;
            }
            if ((i == codePoints.length || codePoints[i] == '\n') && !sentence.isEmpty()) {
                out.append(String.join("\n", sentence)).append("\n\n");
                sentence.clear();
            }
        }
        return out.toString();
    }
}
