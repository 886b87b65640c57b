package org.newsbench.evaluation.external;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines a backend wrote to stderr, bounded in count and length, for failure messages and diagnostics. */
final class StderrTail {

    static final int MAX_LINES = 20;
    static final int MAX_LINE_LENGTH = 300;

    private final Deque<String> lines = new ArrayDeque<>();
    private long total;

    synchronized void add(String line) {
        total++;
        lines.addLast(line.length() <= MAX_LINE_LENGTH ? line : line.substring(0, MAX_LINE_LENGTH) + "...");
        if (lines.size() > MAX_LINES) {
            lines.removeFirst();
        }
    }

    /** The last {@code count} lines (at most {@link #MAX_LINES}), oldest first. */
    synchronized List<String> last(int count) {
        return lines.stream().skip(Math.max(0, lines.size() - count)).toList();
    }

    /** {@code stderr: a | b} of the last {@code count} lines, or {@code no stderr output}. */
    String describe(int count) {
        List<String> last = last(count);
        return last.isEmpty() ? "no stderr output" : "stderr: " + String.join(" | ", last);
    }

    synchronized long lineCount() {
        return total;
    }
}
