package org.newsbench.evaluation.cli;

import java.nio.file.Path;

import org.newsbench.evaluation.gold.CorpusReader;
import org.newsbench.evaluation.gold.GoldSource;
import org.newsbench.evaluation.gold.InvalidInputException;

import picocli.CommandLine.Option;

/** Where the corpus and gold are: the bundled gold by default, a gold folder, or each file named. */
final class GoldOptions {

    @Option(names = "--gold-dir", paramLabel = "DIR",
            description = "A folder laid out like the gold module: corpus/, entities.csv, stance.csv, targets.csv.")
    Path goldDirectory;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder of <doc_id>.txt files (UTF-8).")
    Path corpus;

    @Option(names = "--entities", paramLabel = "FILE", description = "Gold entities CSV.")
    Path entities;

    @Option(names = "--stance", paramLabel = "FILE", description = "Gold stance CSV.")
    Path stance;

    @Option(names = "--targets", paramLabel = "FILE", description = "Stance targets CSV (target,alias).")
    Path targets;

    @Option(names = "--max-document-chars", paramLabel = "N", defaultValue = "" + CorpusReader.DEFAULT_MAX_DOCUMENT_CHARS,
            description = "Refuse documents longer than this (default: ${DEFAULT-VALUE}).")
    int maxDocumentChars;

    /** The bundled gold unless a folder or files are named; named files override the folder's. */
    GoldSource source() throws InvalidInputException {
        GoldSource base = goldDirectory != null ? GoldSource.inDirectory(goldDirectory)
                : (corpus == null ? GoldSource.bundled() : new GoldSource(null, null, null, null));
        return new GoldSource(
                corpus != null ? corpus : base.corpusDirectory(),
                entities != null ? entities : base.entitiesCsv(),
                stance != null ? stance : base.stanceCsv(),
                targets != null ? targets : base.targetsCsv());
    }

    CorpusReader corpusReader() {
        return new CorpusReader(maxDocumentChars);
    }
}
