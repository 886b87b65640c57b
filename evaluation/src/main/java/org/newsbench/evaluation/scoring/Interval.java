package org.newsbench.evaluation.scoring;

/** A point estimate with its 95 % bootstrap interval. */
public record Interval(double value, double low, double high) {
}
