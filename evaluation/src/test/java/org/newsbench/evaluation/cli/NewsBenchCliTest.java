package org.newsbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsBenchCliTest {

    @Test
    void wrongArgumentsPrintUsageAndExitNonZero() {
        CliOutcome outcome = CliOutcome.run("evaluate", "--no-such-option");
        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(outcome.err()).contains("Unknown option: '--no-such-option'").contains("Usage: newsbench evaluate");
    }

    @Test
    void unknownEntityMatchingIsRejectedNamingTheAcceptedOnes() {
        CliOutcome outcome = CliOutcome.run("evaluate", "--matching", "greedy");
        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(outcome.err()).contains("unknown entity matching 'greedy'")
                .contains("[nervaluate, correct-first]");
    }

    @Test
    void aNegativeDocumentTimeoutIsRejectedNamingTheOption() {
        for (String command : new String[] {"evaluate", "annotate"}) {
            CliOutcome outcome = CliOutcome.run(command, "--document-timeout", "-1", "--no-progress");
            assertThat(outcome.exitCode()).as(command).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
            assertThat(outcome.err()).as(command)
                    .contains("--document-timeout").contains("must be >= 0 seconds (0 = no limit), got -1");
        }
    }

    @Test
    void configurationOfAProviderIdThatDoesNotExistIsRejectedNotIgnored() {
        CliOutcome outcome = CliOutcome.run("evaluate", "--no-progress", "--no-cache", "--providers",
                "baseline-memorize", "--set", "baseline-memorise.cutoff=5");
        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(outcome.err()).startsWith("error: --set: no provider 'baseline-memorise' to configure; found: [")
                .contains("baseline-memorize");
    }

    @Test
    void annotateWithOnlyTrainableProvidersSaysNothingWasWrittenInsteadOfNamingAFolder(@TempDir Path dir) {
        CliOutcome outcome = CliOutcome.run("annotate", "--no-progress", "--providers", "baseline-memorize",
                "--output", dir.resolve("out").toString());
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("baseline-memorize    unavailable: needs training and no gold was given")
                .contains("No provider ran: no predictions written.").doesNotContain("Predictions:");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aConfigurationFileThatDoesNotExistIsRejectedNotIgnored(@TempDir Path dir) {
        Path missing = dir.resolve("provider.properties");
        CliOutcome outcome = CliOutcome.run("evaluate", "--no-progress", "--no-cache", "--providers",
                "baseline-memorize", "--config", missing.toString(), "--output", dir.resolve("out").toString());
        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(outcome.err()).startsWith("error: " + missing + ": --config: no such file");
    }

    @Test
    void agreementOnEntitiesAloneNeedsOnlyAnnotatorBsEntities() {
        Path passes = Path.of("..", "gold", "annotation-passes");
        CliOutcome outcome = CliOutcome.run("agreement", "--corpus", "../gold/corpus",
                "--entities", passes.resolve("pass-a/entities.csv").toString(),
                "--entities-b", passes.resolve("pass-b/entities.csv").toString());
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        // gold/GUIDELINES.md: the two passes agreed at entity span-and-type F1 0.988.
        assertThat(outcome.out()).startsWith("entities: A 329 mentions, B 331; span F1 strict 0.988")
                .doesNotContain("stance");
    }

    @Test
    void noCommandIsAnError() {
        assertThat(CliOutcome.run().exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
    }

    @Test
    void validateAcceptsTheBundledGold() {
        CliOutcome outcome = CliOutcome.run("validate");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("valid: 5 documents").contains("x 3 targets");
    }

    @Test
    void invalidGoldExitsNonZeroNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/d.txt"), "Mali cut ties.");
        Files.writeString(dir.resolve("targets.csv"), "target,alias\nMALI,Mali\n");
        Files.writeString(dir.resolve("entities.csv"), "doc_id,start,end,type,text\nd,0,4,LOCATION,Mail\n");
        Files.writeString(dir.resolve("stance.csv"), "doc_id,start,end,target,stance,holder\nd,0,14,MALI,NONE,\n");

        CliOutcome outcome = CliOutcome.run("validate", "--gold-dir", dir.toString());

        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(outcome.err()).startsWith("error: " + dir.resolve("entities.csv") + ":2:5:")
                .doesNotContain("\tat org.");
    }

    @Test
    void evaluateWritesEveryReportForTheBaselinesAndIsDeterministic(@TempDir Path dir) throws IOException {
        String[] args = {"evaluate", "--providers", "baseline-majority,baseline-memorize", "--no-cache",
                "--no-progress", "--bootstrap", "200", "--shuffles", "500", "--output"};
        CliOutcome first = CliOutcome.run(concat(args, dir.resolve("one").toString()));
        CliOutcome second = CliOutcome.run(concat(args, dir.resolve("two").toString()));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("baseline-memorize").contains("strict F1").contains("Report: ");
        for (String file : new String[] {"scores.csv", "predictions/baseline-memorize/entities.csv",
                "predictions/baseline-majority/stance.csv"}) {
            assertThat(Files.readString(dir.resolve("one").resolve(file)))
                    .as(file).isEqualTo(Files.readString(dir.resolve("two").resolve(file)));
        }
        String markdown = Files.readString(dir.resolve("one/report.md"));
        String withoutTiming = markdown.substring(0, markdown.indexOf("## Timing"));
        String secondMarkdown = Files.readString(dir.resolve("two/report.md"));
        assertThat(secondMarkdown).startsWith(withoutTiming);
        String html = Files.readString(dir.resolve("one/report.html"));
        int timing = html.indexOf("<section class=\"timing\">");
        assertThat(timing).isPositive();
        assertThat(Files.readString(dir.resolve("two/report.html"))).startsWith(html.substring(0, timing));
        assertThat(Files.readString(dir.resolve("one/scores.csv")))
                .startsWith("backend,task,schema,scope,metric,value,ci_low,ci_high\n")
                .contains("baseline-majority,stance,-,all,accuracy,");
    }

    @Test
    void regressionGateFailsNamingTheFigureBelowItsMinimum(@TempDir Path dir) throws IOException {
        Path gate = dir.resolve("gate.properties");
        Files.writeString(gate, "baseline-memorize/entities/strict/micro/f1 = 0.99\n");
        CliOutcome outcome = CliOutcome.run("evaluate", "--providers", "baseline-memorize", "--no-cache", "--no-progress",
                "--bootstrap", "100", "--shuffles", "100", "--output", dir.resolve("out").toString(),
                "--gate", gate.toString());

        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_GATE_FAILED);
    }

    private static String[] concat(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
