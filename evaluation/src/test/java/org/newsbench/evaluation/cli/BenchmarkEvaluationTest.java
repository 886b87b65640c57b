package org.newsbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmarks as researchers have them: train/test splits in CoNLL and JSONL, and predictions made elsewhere. */
class BenchmarkEvaluationTest {

    private static final String TRAIN_CONLL = """
            -DOCSTART- -X- -X- O

            Anna NNP B-PER
            Berg NNP I-PER
            visited VBD O
            Ostara NNP B-LOC
            . . O

            -DOCSTART- -X- -X- O

            Talora NNP B-ORG
            Group NNP I-ORG
            left VBD O
            Valdry NNP B-LOC
            . . O
            """;

    /** Memorizing the training names finds Anna Berg and Ostara, not Kofi Mensah: P 1, R 2/3, F1 0.8. */
    private static final String TEST_CONLL = """
            -DOCSTART- -X- -X- O

            Anna NNP B-PER
            Berg NNP I-PER
            met VBD O
            Kofi NNP B-PER
            Mensah NNP I-PER
            in IN O
            Ostara NNP B-LOC
            . . O
            """;

    /** One target per text; the majority label is FAVOR for TAXES and AGAINST for CLIMATE. */
    private static final String TRAIN_JSONL = String.join("\n",
            stanceLine("t1", "Tax cuts are great.", "TAXES", "FAVOR"),
            stanceLine("t2", "Cut taxes now!", "TAXES", "FAVOR"),
            stanceLine("t3", "Climate action is overdue.", "CLIMATE", "FAVOR"),
            stanceLine("t4", "Climate panic is silly.", "CLIMATE", "AGAINST"),
            stanceLine("t5", "Climate talk again.", "CLIMATE", "AGAINST")) + "\n";

    /** The majority baseline gets s2 and s4 right: accuracy 0.5. */
    private static final String TEST_JSONL = String.join("\n",
            stanceLine("s1", "Taxes hurt.", "TAXES", "AGAINST"),
            stanceLine("s2", "Lower taxes help.", "TAXES", "FAVOR"),
            stanceLine("s3", "Save the climate.", "CLIMATE", "FAVOR"),
            stanceLine("s4", "Climate hoax.", "CLIMATE", "AGAINST")) + "\n";

    @TempDir
    Path dir;

    private static String stanceLine(String id, String text, String target, String stance) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"stance\": [{\"start\": 0, \"end\": "
                + text.length() + ", \"target\": \"" + target + "\", \"stance\": \"" + stance
                + "\", \"holder\": \"AUTHOR\"}]}";
    }

    private CliOutcome evaluate(String output, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("evaluate", "--no-cache", "--no-progress",
                "--bootstrap", "200", "--shuffles", "200", "--output", dir.resolve(output).toString()));
        all.addAll(List.of(args));
        CliOutcome outcome = CliOutcome.run(all.toArray(String[]::new));
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        return outcome;
    }

    /** scores.csv as "backend,task,schema,scope,metric" to "value,ci_low,ci_high", for one backend. */
    private Map<String, String> scores(String output, String backend) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve(output).resolve("scores.csv"))) {
            String[] fields = line.split(",", 6);
            if (fields[0].equals(backend)) {
                rows.put(String.join(",", List.of(fields).subList(1, 5)), fields[5]);
            }
        }
        return rows;
    }

    private double value(String output, String key) throws IOException {
        String backend = key.substring(0, key.indexOf(','));
        return Double.parseDouble(scores(output, backend).get(key.substring(backend.length() + 1)).split(",")[0]);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void trainableProviderFittedOnATrainingFileIsScoredOnASeparateTestFile() throws IOException {
        Path train = write("train.conll", TRAIN_CONLL);
        Path test = write("test.conll", TEST_CONLL);

        CliOutcome outcome = evaluate("out", "--gold", test.toString(), "--train", train.toString(),
                "--providers", "baseline-memorize,baseline-majority");

        assertThat(value("out", "baseline-memorize,entities,strict,micro,precision")).isEqualTo(1.0);
        assertThat(value("out", "baseline-memorize,entities,strict,micro,recall")).isCloseTo(2.0 / 3, within(1e-4));
        assertThat(value("out", "baseline-memorize,entities,strict,micro,f1")).isCloseTo(0.8, within(1e-4));
        assertThat(value("out", "baseline-memorize,entities,strict,PERSON,recall")).isEqualTo(0.5);
        String report = Files.readString(dir.resolve("out/report.md"));
        assertThat(report).contains("trained on " + train + " (2 documents)");
        assertThat(outcome.out()).contains("not applicable");
        assertThat(Files.readAllLines(dir.resolve("out/errors.csv"))).containsExactly(
                "provider,task,doc_id,start,end,kind,expected,found,before,text,after",
                "baseline-memorize,entities,test-1,14,25,MIS,PERSON,,\"Anna Berg met \",Kofi Mensah,\" in Ostara .\"");
        assertThat(scores("out", "baseline-majority")).isEmpty();
    }

    @Test
    void stanceSetWithOneTargetPerTextTrainsAndScoresOnlyTheQuestionsTheGoldAsks() throws IOException {
        Path train = write("train.jsonl", TRAIN_JSONL);
        Path test = write("test.jsonl", TEST_JSONL);

        evaluate("out", "--gold", test.toString(), "--train", train.toString(),
                "--providers", "baseline-memorize,baseline-majority");

        assertThat(value("out", "baseline-majority,stance,-,all,accuracy")).isEqualTo(0.5);
        assertThat(value("out", "baseline-majority,stance,-,target:TAXES,accuracy")).isEqualTo(0.5);
        assertThat(Files.readAllLines(dir.resolve("out/predictions/baseline-majority/stance.csv"))).hasSize(5);
        assertThat(scores("out", "baseline-memorize")).isEmpty();
    }

    @Test
    void predictionsFileScoresEqualToTheProviderThatMadeIt() throws IOException {
        Path train = write("train.conll", TRAIN_CONLL);
        Path test = write("test.conll", TEST_CONLL);
        evaluate("first", "--gold", test.toString(), "--train", train.toString(), "--providers", "baseline-memorize");
        Path conllPredictions = dir.resolve("first/predictions/baseline-memorize/test.conll");
        assertThat(Files.readString(conllPredictions)).contains("Anna NNP B-PER B-PER\n")
                .contains("Kofi NNP B-PER O\n").contains("Ostara NNP B-LOC B-LOC\n");

        evaluate("second", "--gold", test.toString(), "--train", train.toString(), "--providers", "baseline-memorize",
                "--predictions", "outside=" + conllPredictions);

        Map<String, String> provider = scores("second", "baseline-memorize");
        assertThat(provider).isNotEmpty();
        assertThat(scores("second", "outside")).isEqualTo(provider);
        assertThat(Files.readString(dir.resolve("second/report.md"))).contains("predictions from " + conllPredictions);
    }

    @Test
    void jsonlPredictionsWithStanceScoreEqualToTheProviderThatMadeThem() throws IOException {
        Path train = write("train.jsonl", TRAIN_JSONL);
        Path test = write("test.jsonl", TEST_JSONL);
        evaluate("first", "--gold", test.toString(), "--train", train.toString(), "--providers", "baseline-majority");
        Path predictions = dir.resolve("first/predictions/baseline-majority/test.jsonl");
        assertThat(predictions).exists();

        evaluate("second", "--gold", test.toString(), "--train", train.toString(), "--providers", "baseline-majority",
                "--predictions", "outside=" + predictions,
                "--predictions", "outside-csv=" + dir.resolve("first/predictions/baseline-majority"));

        Map<String, String> provider = scores("second", "baseline-majority");
        assertThat(provider).containsKey("stance,-,all,accuracy");
        assertThat(scores("second", "outside")).isEqualTo(provider);
        assertThat(scores("second", "outside-csv")).isEqualTo(provider);
    }

    @Test
    void predictionsFileWithOtherTextIsRejectedNamingTheDocument() throws IOException {
        Path test = write("test.jsonl", TEST_JSONL);
        Path other = write("other.jsonl", TEST_JSONL.replace("Taxes hurt.", "Taxes harm."));
        CliOutcome outcome = CliOutcome.run("evaluate", "--no-cache", "--no-progress", "--gold", test.toString(),
                "--providers", "baseline-majority", "--predictions", "x=" + other,
                "--output", dir.resolve("out").toString());
        assertThat(outcome.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(outcome.err()).contains(other.toString()).contains("document 's1'").doesNotContain("\tat org.");
    }

    @Test
    void validateCountsInTheSingularWhereThereIsOne() throws IOException {
        Path one = write("one.jsonl", stanceLine("s1", "Taxes hurt.", "TAXES", "AGAINST") + "\n");
        CliOutcome outcome = CliOutcome.run("validate", "--gold", one.toString());
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).startsWith(
                "valid: 1 document (jsonl gold: [stance]), no entity gold, 1 sentence x 1 target, 1 stance row");
    }

    @Test
    void validateChecksTheFullStanceGridOnlyWhenAsked() throws IOException {
        Path test = write("test.jsonl", TEST_JSONL);
        CliOutcome sparse = CliOutcome.run("validate", "--gold", test.toString());
        assertThat(sparse.exitCode()).as(sparse.err()).isZero();
        assertThat(sparse.out()).contains("valid: 4 documents (jsonl gold: [stance])");
        CliOutcome full = CliOutcome.run("validate", "--gold", test.toString(), "--require-full-stance-grid");
        assertThat(full.exitCode()).isEqualTo(NewsBenchCli.EXIT_INVALID_INPUT);
        assertThat(full.err()).contains("has no row for target(s)");
        CliOutcome bundled = CliOutcome.run("validate", "--require-full-stance-grid");
        assertThat(bundled.exitCode()).as(bundled.err()).isZero();
    }

    @Test
    void agreementComparesTwoGoldsInAnyFormat() throws IOException {
        Path a = write("a.jsonl", TEST_JSONL);
        Path b = write("b.jsonl", TEST_JSONL.replace("\"Taxes hurt.\", \"stance\": [{\"start\": 0, \"end\": 11, "
                + "\"target\": \"TAXES\", \"stance\": \"AGAINST\"", "\"Taxes hurt.\", \"stance\": [{\"start\": 0, "
                + "\"end\": 11, \"target\": \"TAXES\", \"stance\": \"FAVOR\""));
        assertThat(Files.readString(b)).isNotEqualTo(TEST_JSONL);

        CliOutcome outcome = CliOutcome.run("agreement", "--gold", a.toString(), "--gold-b", b.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("stance: 4 paired labels (0 only in A, 0 only in B)")
                .contains("TAXES      kappa 0.000").contains("observed agreement 0.500")
                .doesNotContain("entities:");
    }

    @Test
    void agreementDoesNotCompareATaskThatOnlyOneGoldLabels() throws IOException {
        String entity = "\"entities\": [{\"start\": 0, \"end\": 5, \"type\": \"PER\"}]";
        Path a = write("a.jsonl", TEST_JSONL.replace("{\"id\": \"s1\",", "{\"id\": \"s1\", " + entity + ","));
        Path b = write("b.jsonl", "{\"id\": \"s1\", \"text\": \"Taxes hurt.\", " + entity + "}\n"
                + "{\"id\": \"s2\", \"text\": \"Lower taxes help.\", \"entities\": []}\n");

        CliOutcome outcome = CliOutcome.run("agreement", "--gold", a.toString(), "--gold-b", b.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("entities: A 1 mentions, B 1; span F1 strict 1.000")
                .contains("stance: not compared: B's gold " + b + " labels no stance")
                .doesNotContain("kappa");
    }

    @Test
    void byteOrderMarkIsAcceptedInGoldAndGateFiles() throws IOException {
        Path train = write("train.conll", "\uFEFF" + TRAIN_CONLL);
        Path test = write("test.conll", "\uFEFF" + TEST_CONLL);
        // Met only if the key is read without the mark: a key it prefixed would name no figure and fail the gate.
        Path gate = write("gate.properties", "\uFEFFbaseline-memorize/entities/strict/micro/f1 = 0.75\n");

        CliOutcome outcome = CliOutcome.run("evaluate", "--no-cache", "--no-progress", "--bootstrap", "100",
                "--shuffles", "100", "--gold", test.toString(), "--train", train.toString(),
                "--providers", "baseline-memorize", "--gate", gate.toString(),
                "--output", dir.resolve("out").toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Regression gate: 1 minimums met");
        assertThat(value("out", "baseline-memorize,entities,strict,micro,f1")).isCloseTo(0.8, within(1e-4));
    }
}
