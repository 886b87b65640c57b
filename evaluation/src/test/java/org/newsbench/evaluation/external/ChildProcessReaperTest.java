package org.newsbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backend processes do not outlive the run, also when it is interrupted with Ctrl-C. */
class ChildProcessReaperTest {

    @Test
    void ctrlCOnTheRunKillsTheBackendProcessesAndTheProgramsTheyStarted(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("backend.log");
        // Through a shell that stays the parent, so that each backend JVM is a grandchild of the run; the backend
        // ignores the end of its input, so only the run's shutdown hook can stop it.
        String backend = FixtureBackend.commandLine("--log", log.toString(), "--ignore-eof");
        Process run = new ProcessBuilder(FixtureBackend.javaCommand(InterruptedRunMain.class,
                "command=sh -c '" + backend.replace("'", "") + "; echo done'", "tasks=ENTITIES", "workers=2"))
                .redirectErrorStream(true).start();
        List<Long> backends = List.of();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready ExternalAnnotator");
            backends = waitForStarts(log, 2);
            assertThat(backends).allMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

            new ProcessBuilder("kill", "-INT", String.valueOf(run.pid())).start().waitFor();

            assertThat(run.waitFor(10, TimeUnit.SECONDS)).as("the interrupted run ends").isTrue();
            for (long pid : backends) {
                ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(5, TimeUnit.SECONDS).join());
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .as("backend " + pid + " is gone").isFalse();
            }
        } finally {
            // Should the test fail, leave nothing behind: the backends' shells end with them.
            backends.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            run.destroyForcibly();
        }
    }

    private static List<Long> waitForStarts(Path log, int count) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (Files.exists(log)) {
                List<Long> pids = Files.readAllLines(log).stream().filter(line -> line.startsWith("start "))
                        .map(line -> Long.parseLong(line.substring(6))).toList();
                if (pids.size() == count) {
                    return pids;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the backends did not start: " + (Files.exists(log) ? Files.readString(log) : "no log"));
    }
}
