package org.newsbench.evaluation.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Document;
import org.newsbench.api.StanceTarget;

/**
 * The gold shipped in the gold module passes every check of the reader (schema, documents, offsets, text, types,
 * labels, overlaps, one row per sentence and target, holders, coverage), every build.
 */
class BundledGoldTest {

    private static final Set<String> CORPUS = Set.of("000_fec9100097241395", "001_f23d0374e383327e",
            "002_7720f7d8ad8d4f8e", "003_ec6aab1b09965471", "004_fcd1b60b543d505c");

    @Test
    void bundledGoldValidatesAndCoversTheFiveArticles() throws Exception {
        GoldCorpus gold = new GoldCorpusReader().read(GoldSource.bundled());

        assertThat(gold.documents()).extracting(Document::id).containsExactlyInAnyOrderElementsOf(CORPUS);
        assertThat(gold.entities().stream().map(m -> m.docId()).collect(Collectors.toSet())).isEqualTo(CORPUS);
        assertThat(gold.entityTypes()).containsExactlyInAnyOrder("PERSON", "ORGANIZATION", "LOCATION", "MISC");
        assertThat(gold.targets()).extracting(StanceTarget::id).containsExactly("UKRAINE", "MALI", "RUSSIA");
        long sentences = gold.stances().stream().map(s -> s.instance().docId() + s.instance().span()).distinct()
                .count();
        assertThat(gold.stances()).hasSize((int) sentences * 3);
    }

    @Test
    void bundledGoldPassesTheFullStanceGridCheck() throws Exception {
        GoldCorpus gold = new GoldCorpusReader(new CorpusReader(), GoldCorpusReader.DEFAULT_ENTITY_TYPES,
                GoldReadOptions.DEFAULT.withFullStanceGrid()).read(GoldSource.bundled());
        assertThat(gold.stances()).isNotEmpty();
    }

    @Test
    void everyTargetAliasOccursInTheCorpus() throws Exception {
        GoldCorpus gold = new GoldCorpusReader().read(GoldSource.bundled());
        String allText = gold.documents().stream().map(Document::text).collect(Collectors.joining("\n"));
        for (StanceTarget target : gold.targets()) {
            assertThat(target.aliases()).allSatisfy(alias -> assertThat(allText).contains(alias));
        }
    }

    @Test
    void bundledCorpusIsTheSharedCorpusByteForByte() throws Exception {
        Path shared = Path.of("..", "..", "shared", "corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "shared/ is beside the checkout");
        GoldSource bundled = GoldSource.bundled();
        for (String id : CORPUS) {
            byte[] expected = Files.readAllBytes(shared.resolve(id + ".txt"));
            assertThat(Files.readAllBytes(bundled.corpusDirectory().resolve(id + ".txt")))
                    .as(id).isEqualTo(expected);
            assertThat(new String(expected, StandardCharsets.UTF_8)).isNotEmpty();
        }
    }
}
