package org.newsbench.evaluation.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** What one run of the command line did: its exit code and what it printed; runs it without exiting the JVM. */
record CliOutcome(int exitCode, String out, String err) {

    static CliOutcome run(String... args) {
        CommandLine commandLine = NewsBenchCli.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exitCode = commandLine.execute(args);
            return new CliOutcome(exitCode, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }
}
