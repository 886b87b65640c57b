package org.newsbench.evaluation.gold;

import java.nio.file.Path;

/**
 * How to read a gold corpus, whatever its format.
 *
 * @param typeMap               renames gold entity types
 * @param tagScheme             how CoNLL tags mark mentions
 * @param offsets               what JSONL offsets count
 * @param targetsFile           a targets CSV ({@code target,alias}); null = the gold's own (a CSV gold folder's
 *                              {@code targets.csv}), else every target of the stance gold is its own alias
 * @param requireFullStanceGrid whether every sentence must have a stance row for every target, and sentences cover
 *                              every document's text (the bundled gold's rule); otherwise stance gold may be sparse
 * @param holderRequired        whether a FAVOR or AGAINST row must name its holder (gold: yes; a predictions file: no)
 * @param maxDocumentChars      longest document accepted
 */
public record GoldReadOptions(EntityTypeMap typeMap, TagScheme tagScheme, OffsetUnit offsets, Path targetsFile,
                              boolean requireFullStanceGrid, boolean holderRequired, int maxDocumentChars) {

    public static final GoldReadOptions DEFAULT = new GoldReadOptions(EntityTypeMap.CONLL_DEFAULT, TagScheme.IOB,
            OffsetUnit.CODEPOINT, null, false, true, CorpusReader.DEFAULT_MAX_DOCUMENT_CHARS);

    public GoldReadOptions withFullStanceGrid() {
        return new GoldReadOptions(typeMap, tagScheme, offsets, targetsFile, true, holderRequired, maxDocumentChars);
    }

    /** For a system's output read as gold: holders are not asked for. */
    public GoldReadOptions forPredictions() {
        return new GoldReadOptions(typeMap, tagScheme, offsets, targetsFile, requireFullStanceGrid, false,
                maxDocumentChars);
    }

    public GoldReadOptions withTagScheme(TagScheme scheme) {
        return new GoldReadOptions(typeMap, scheme, offsets, targetsFile, requireFullStanceGrid, holderRequired,
                maxDocumentChars);
    }

    public GoldReadOptions withOffsets(OffsetUnit unit) {
        return new GoldReadOptions(typeMap, tagScheme, unit, targetsFile, requireFullStanceGrid, holderRequired,
                maxDocumentChars);
    }
}
