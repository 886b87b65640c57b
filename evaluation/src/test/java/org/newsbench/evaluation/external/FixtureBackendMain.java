package org.newsbench.evaluation.external;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The test backend as a program of its own, started by the tests with {@code java -cp <test classpath>}: reads JSON
 * requests from stdin, answers with {@link FixtureBackendLogic}. On the document named by {@code --crash-on} it exits
 * with code 3, on {@code --hang-on} it never answers, on {@code --garbage-on} it writes a line that is not JSON, on
 * {@code --huge-on} a line that never ends; {@code --crash-always} exits on every request; {@code --ignore-eof} keeps
 * running after stdin ends.
 */
public final class FixtureBackendMain {

    private FixtureBackendMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FixtureBackendLogic.options(args);
        FixtureBackendLogic logic = new FixtureBackendLogic(options);
        logic.logStart();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String id = FixtureBackendLogic.idOf(line);
            if (options.containsKey("--crash-always") || id.equals(options.get("--crash-on"))) {
                System.err.println("fixture: crashing on " + id);
                System.exit(3);
            }
            if (id.equals(options.get("--hang-on"))) {
                System.err.println("fixture: hanging on " + id);
                Thread.sleep(Long.MAX_VALUE);
            }
            if (id.equals(options.get("--garbage-on"))) {
                out.println("this is not json <<<" + id);
                continue;
            }
            if (logic.answersEndlessly(line)) {
                // Unbuffered, so that writing fails (rather than being swallowed) once the reader has gone.
                FixtureBackendLogic.writeEndlessAnswer(id, new FileOutputStream(FileDescriptor.out));
            }
            out.println(logic.answer(line));
        }
        if (options.containsKey("--ignore-eof")) {
            // A badly behaved program that does not end when its input does: only killing it stops it.
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
