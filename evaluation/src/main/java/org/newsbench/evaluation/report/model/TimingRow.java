package org.newsbench.evaluation.report.model;

import org.newsbench.evaluation.run.RunTiming;

/**
 * Where a provider's time went; varies between runs.
 *
 * @param tokensPerSecond whitespace tokens per second of annotation; 0 when nothing was annotated
 */
public record TimingRow(String provider, RunTiming timing, double tokensPerSecond) {
}
