package org.newsbench.evaluation.external;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure no backend process outlives the run: every started process is registered here, and one JVM shutdown
 * hook (run on normal exit and on Ctrl-C / SIGTERM) kills those still alive, with their descendants.
 */
final class ChildProcessReaper {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcessReaper::killAll, "newsbench-external-reaper"));
    }

    private ChildProcessReaper() {
    }

    static void register(Process process) {
        LIVE.add(process);
    }

    /** Kills the process and everything it started (a shell's children too), and forgets it. */
    static void kill(Process process) {
        // Descendants first: once the parent is gone they are re-parented and can no longer be found from it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        LIVE.remove(process);
    }

    private static void killAll() {
        LIVE.forEach(ChildProcessReaper::kill);
    }
}
