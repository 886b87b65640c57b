package org.newsbench.evaluation.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsbench.api.Task;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.gold.GoldReadOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate}: checks a corpus and its gold files, and says what they hold. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check gold files: format, documents, offsets, text, types, labels, overlaps, coverage.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    GoldOptions gold = new GoldOptions();

    @Option(names = "--require-full-stance-grid",
            description = "Every sentence has a stance row for every target, and sentences cover every document "
                    + "(the bundled gold's rule; by default stance gold may label only some pairs).")
    boolean requireFullStanceGrid;

    @Override
    public Integer call() throws Exception {
        GoldReadOptions options = gold.readOptions();
        GoldCorpus corpus = gold.read(requireFullStanceGrid ? options.withFullStanceGrid() : options);
        long sentences = corpus.stances().stream().map(s -> s.instance().docId() + s.instance().span()).distinct()
                .count();
        System.out.printf(Locale.ROOT, "valid: %s (%s gold: %s), %s, %s%n",
                count(corpus.documents().size(), "document"), corpus.description().format(),
                corpus.description().tasks().stream().map(Task::name).map(name -> name.toLowerCase(Locale.ROOT))
                        .sorted().toList(),
                corpus.labels(Task.ENTITIES) ? count(corpus.entities().size(), "entity mention") + " of types "
                        + corpus.entityTypes() : "no entity gold",
                corpus.labels(Task.STANCE) ? count(sentences, "sentence") + " x " + count(corpus.targets().size(),
                        "target") + ", " + count(corpus.stances().size(), "stance row") : "no stance gold");
        corpus.description().notes().forEach(note -> System.out.println("note: " + note));
        return 0;
    }

    /** {@code 1 target}, {@code 3 targets}. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
