package org.newsbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.evaluation.external.FixtureBackend;

/** An external provider declared with {@code --set external.<id>.*} runs through {@code evaluate} and its cache. */
class ExternalProviderCliTest {

    @TempDir
    Path dir;

    private int evaluate(String... declaration) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--providers", "fixture", "--no-progress",
                "--bootstrap", "10", "--shuffles", "10", "--cache", dir.resolve("cache").toString(),
                "--output", dir.resolve("reports").toString()));
        for (String entry : declaration) {
            args.add("--set");
            args.add("external.fixture." + entry);
        }
        PrintStream originalOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return NewsBenchCli.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setOut(originalOut);
        }
    }

    private long starts(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("start ")).count();
    }

    private long requests(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("request ")).count();
    }

    @Test
    void aSecondRunAnswersFromTheCacheWithoutStartingTheBackendAndAChangedVersionOrCommandReannotates()
            throws Exception {
        Path log = dir.resolve("backend.log");
        String command = "command=" + FixtureBackend.commandLine("--log", log.toString());
        String tasks = "tasks=ENTITIES,STANCE";

        assertThat(evaluate(command, tasks, "version=1")).isZero();
        assertThat(starts(log)).isEqualTo(1);
        // Five documents, an entities and a stance request each.
        assertThat(requests(log)).isEqualTo(10);

        assertThat(evaluate(command, tasks, "version=1")).isZero();
        assertThat(starts(log)).isEqualTo(1);
        assertThat(requests(log)).isEqualTo(10);

        assertThat(evaluate(command, tasks, "version=2")).isZero();
        assertThat(starts(log)).isEqualTo(2);
        assertThat(requests(log)).isEqualTo(20);

        assertThat(evaluate(command + " --model small", tasks, "version=2")).isZero();
        assertThat(starts(log)).isEqualTo(3);
        assertThat(requests(log)).isEqualTo(30);

        assertThat(evaluate(command + " --model small", tasks, "version=2")).isZero();
        assertThat(starts(log)).isEqualTo(3);
    }

    /** Runs {@code evaluate} with {@code arguments}, expecting it to refuse them; returns what it wrote to stderr. */
    private String refusedEvaluate(String... arguments) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--no-progress", "--no-cache", "--output",
                dir.resolve("reports").toString()));
        args.addAll(List.of(arguments));
        PrintStream originalErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            assertThat(NewsBenchCli.commandLine().execute(args.toArray(String[]::new)))
                    .isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        } finally {
            System.setErr(originalErr);
        }
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedDeclarationStopsTheRunNamingTheKey() {
        assertThat(refusedEvaluate("--providers", "fixture", "--set", "external.fixture.command=python3 tagger.py"))
                .isEqualTo("error: --set: external.fixture.tasks is required: ENTITIES, STANCE or both "
                        + "(comma-separated)" + System.lineSeparator());
    }

    @Test
    void aDeclarationUnderTheIdOfAProviderOnTheClasspathStopsTheRunNamingTheKey() {
        // Before, the built-in baseline was handed the declaration's keys and failed on them.
        assertThat(refusedEvaluate("--providers", "baseline-majority",
                "--set", "external.baseline-majority.command=" + FixtureBackend.commandLine(),
                "--set", "external.baseline-majority.tasks=STANCE"))
                .isEqualTo("error: --set: external.baseline-majority.*: 'baseline-majority' is already the id of a "
                        + "provider found on the classpath; declare the backend under another id"
                        + System.lineSeparator());
    }
}
