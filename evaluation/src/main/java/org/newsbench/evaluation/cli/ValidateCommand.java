package org.newsbench.evaluation.cli;

import java.util.concurrent.Callable;

import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldCorpusReader;
import org.newsbench.evaluation.gold.GoldSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: checks a corpus and its gold files, and says what they hold. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check gold files: header, documents, offsets, text, types, labels, overlaps, coverage.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Override
    public Integer call() throws Exception {
        GoldSource source = gold.source();
        GoldCorpus corpus = new GoldCorpusReader(gold.corpusReader(), GoldCorpusReader.DEFAULT_ENTITY_TYPES)
                .read(source);
        long sentences = corpus.stances().stream().map(s -> s.instance().docId() + s.instance().span()).distinct()
                .count();
        System.out.printf("valid: %d documents, %d entity mentions, %d sentences x %d targets = %d stance rows%n",
                corpus.documents().size(), corpus.entities().size(), sentences, corpus.targets().size(),
                corpus.stances().size());
        return 0;
    }
}
