package org.newsbench.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.newsbench.evaluation.gold.CorpusReader;
import org.newsbench.evaluation.gold.CsvGoldFormat;
import org.newsbench.evaluation.gold.EntityTypeMap;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldFormats;
import org.newsbench.evaluation.gold.GoldReadOptions;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.gold.OffsetUnit;
import org.newsbench.evaluation.gold.TagScheme;

import picocli.CommandLine.Option;

/**
 * Where the corpus and gold are and how to read them: {@code --gold PATH} in any gold format, or the project's CSV
 * layout (the bundled gold by default, a gold folder, or each file named).
 */
final class GoldOptions {

    @Option(names = "--gold", paramLabel = "PATH",
            description = "Gold in any format: a CoNLL file, a brat folder, a JSONL file or a CSV gold folder.")
    Path gold;

    @Option(names = "--gold-format", paramLabel = "FORMAT",
            description = "Format of --gold, --train and --predictions files: conll, brat, jsonl or csv "
                    + "(default: recognised from the path).")
    String goldFormat;

    @Option(names = "--type-map", paramLabel = "FILE",
            description = "GOLD_TYPE=NAME lines renaming gold entity types (default: PER=PERSON, ORG=ORGANIZATION, "
                    + "LOC=LOCATION).")
    Path typeMap;

    @Option(names = "--tag-scheme", paramLabel = "SCHEME", defaultValue = "iob",
            description = "CoNLL tags: iob (IOB1 and IOB2, decoded as conlleval does) or bioes (also BILOU) "
                    + "(default: ${DEFAULT-VALUE}).")
    TagScheme tagScheme;

    @Option(names = "--offsets", paramLabel = "UNIT", defaultValue = "codepoint",
            description = "What JSONL offsets count: codepoint or utf16 (default: ${DEFAULT-VALUE}).")
    OffsetUnit offsets;

    @Option(names = "--gold-dir", paramLabel = "DIR",
            description = "A folder laid out like the gold module: corpus/, entities.csv, stance.csv, targets.csv.")
    Path goldDirectory;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder of <doc_id>.txt files (UTF-8)"
            + " (default: --gold-dir's corpus/, else the bundled gold's: --entities alone is read against it).")
    Path corpus;

    @Option(names = "--entities", paramLabel = "FILE", description = "Gold entities CSV (default: --gold-dir's, else"
            + " the bundled gold's unless --corpus is given).")
    Path entities;

    @Option(names = "--stance", paramLabel = "FILE", description = "Gold stance CSV (default: as --entities).")
    Path stance;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Stance targets CSV (target,alias); without it every target is its own alias.")
    Path targets;

    @Option(names = "--max-document-chars", paramLabel = "N", defaultValue = "" + CorpusReader.DEFAULT_MAX_DOCUMENT_CHARS,
            description = "Refuse documents longer than this (default: ${DEFAULT-VALUE}).")
    int maxDocumentChars;

    /** The gold: {@code --gold} in its format, else the CSV layout that {@link #source()} names. */
    GoldCorpus read(GoldReadOptions options) throws InvalidInputException {
        if (gold != null) {
            return GoldFormats.read(gold, goldFormat, options);
        }
        if (goldFormat != null && !goldFormat.equals(CsvGoldFormat.NAME)) {
            throw new InvalidInputException("--gold-format " + goldFormat, "needs --gold PATH");
        }
        return new CsvGoldFormat().read(source(), options);
    }

    GoldCorpus read() throws InvalidInputException {
        return read(readOptions());
    }

    /** Another gold-format file ({@code --train}, {@code --predictions}) read with the same options. */
    GoldCorpus readOther(Path path, GoldReadOptions options) throws InvalidInputException {
        return GoldFormats.read(path, goldFormat, options);
    }

    /**
     * A predictions file ({@code --predictions}) in any gold format; a folder of prediction CSVs without a corpus
     * (an earlier run's {@code predictions/<id>/}) is read against the gold's documents.
     */
    GoldCorpus readPredictions(Path path, GoldCorpus corpus, GoldReadOptions options) throws InvalidInputException {
        if ((goldFormat == null || goldFormat.equals(CsvGoldFormat.NAME)) && CsvGoldFormat.isFolderWithoutCorpus(path)) {
            return new CsvGoldFormat().readAgainst(path, corpus, options);
        }
        return readOther(path, options);
    }

    GoldReadOptions readOptions() throws InvalidInputException {
        return new GoldReadOptions(typeMap != null ? EntityTypeMap.read(typeMap) : EntityTypeMap.CONLL_DEFAULT,
                tagScheme, offsets, targets, false, true, maxDocumentChars);
    }

    /**
     * The CSV files: the bundled gold unless a folder or files are named; named files override the folder's and must
     * exist.
     */
    GoldSource source() throws InvalidInputException {
        if (gold != null && (goldDirectory != null || corpus != null || entities != null || stance != null)) {
            throw new InvalidInputException("--gold", "name the gold either with --gold or with --gold-dir/--corpus/"
                    + "--entities/--stance, not both");
        }
        requireExists(entities, "--entities");
        requireExists(stance, "--stance");
        requireExists(targets, "--targets");
        GoldSource base = goldDirectory != null ? GoldSource.inDirectory(goldDirectory)
                : (corpus == null ? GoldSource.bundled() : new GoldSource(null, null, null, null));
        return new GoldSource(
                corpus != null ? corpus : base.corpusDirectory(),
                entities != null ? entities : base.entitiesCsv(),
                stance != null ? stance : base.stanceCsv(),
                targets != null ? targets : base.targetsCsv());
    }

    private static void requireExists(Path file, String option) throws InvalidInputException {
        if (file != null && !Files.exists(file)) {
            throw new InvalidInputException(file.toString(), "not found (" + option + ")");
        }
    }

    CorpusReader corpusReader() {
        return new CorpusReader(maxDocumentChars);
    }
}
