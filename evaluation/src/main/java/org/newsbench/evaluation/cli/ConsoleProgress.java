package org.newsbench.evaluation.cli;

import org.newsbench.evaluation.run.AnnotationProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar per provider, on standard error so that the summary on standard output stays clean. */
final class ConsoleProgress implements AnnotationProgress {

    private ProgressBar bar;

    @Override
    public synchronized void start(String providerId, int documents) {
        bar = new ProgressBarBuilder()
                .setTaskName(String.format("%-20s", providerId))
                .setInitialMax(documents)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override
    public synchronized void documentDone(String providerId) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void finish(String providerId) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
