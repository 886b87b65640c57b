package org.newsbench.evaluation.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.newsbench.evaluation.run.AnnotationProgress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Annotation progress on standard error, so that the summary on standard output stays clean: a progress bar per
 * provider on a terminal; one line per provider when the output is a log (CI, a pipe), where a redrawn bar would
 * only pile up carriage returns.
 */
final class ConsoleProgress implements AnnotationProgress {

    private final PrintStream err = System.err;
    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private long startNanos;
    private int done;
    private int total;

    @Override
    public synchronized void start(String providerId, int documents) {
        startNanos = System.nanoTime();
        done = 0;
        total = documents;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(String.format(Locale.ROOT, "%-20s", providerId))
                    .setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" docs", 1)
                    .setUpdateIntervalMillis(500)
                    .continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .build();
        } else {
            err.printf(Locale.ROOT, "%-20s annotating %d documents%n", providerId, documents);
        }
    }

    @Override
    public synchronized void documentDone(String providerId) {
        done++;
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void finish(String providerId) {
        if (bar != null) {
            bar.close();
            bar = null;
        } else {
            err.printf(Locale.ROOT, "%-20s %d/%d documents in %.1f s%n", providerId, done, total,
                    (System.nanoTime() - startNanos) / 1e9);
        }
    }
}
