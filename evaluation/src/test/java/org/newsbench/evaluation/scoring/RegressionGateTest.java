package org.newsbench.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.evaluation.gold.InvalidInputException;
import org.newsbench.evaluation.metrics.MatchSchema;

class RegressionGateTest {

    private static final String HEADER = "# minimums\n\n";

    @TempDir
    Path dir;

    private Path gate(String text) throws IOException {
        return Files.writeString(dir.resolve("gate.properties"), text);
    }

    @Test
    void aFigureBelowItsMinimumAndAMissingOneAreTheFailures() throws Exception {
        RegressionGate gate = RegressionGate.read(gate(HEADER
                + "alpha/entities/strict/micro/f1 = 0.80\n"
                + "beta/entities/strict/micro/f1 = 0.50\n"
                + "gamma/entities/strict/micro/f1 = 0.10\n"));
        ScoreKey strictF1 = ScoreKey.entities(MatchSchema.STRICT, ScoreScope.MICRO, ScoreMetric.F1);
        List<String> failures = gate.failures(List.of(ScoreRow.of("alpha", strictF1, 0.75),
                ScoreRow.of("beta", strictF1, 0.50)));
        assertThat(gate.size()).isEqualTo(3);
        assertThat(failures).containsExactly(
                "alpha/entities/strict/micro/f1 = 0.7500 is below its minimum 0.8000",
                "gamma/entities/strict/micro/f1 is missing (minimum 0.1); did its provider run?");
    }

    @Test
    void aKeyOfTheWrongShapeIsRejectedNamingItsLine() throws IOException {
        Path file = gate(HEADER + "alpha/entities/strict/micro/f1 = 0.8\n# comment\nalpha/entities/f1 = 0.8\n");
        assertThatThrownBy(() -> RegressionGate.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":5: 'alpha/entities/f1' is not backend/task/schema/scope/metric");
    }

    @Test
    void aMinimumThatIsNotANumberIsRejectedNamingItsLine() throws IOException {
        Path file = gate(HEADER + "alpha/entities/strict/micro/f1: high\n");
        assertThatThrownBy(() -> RegressionGate.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":3: minimum for 'alpha/entities/strict/micro/f1' is not a number: high");
    }

    @Test
    void aKeyGivenTwiceIsRejectedNamingBothLines() throws IOException {
        Path file = gate(HEADER + "alpha/entities/strict/micro/f1 = 0.8\nalpha/entities/strict/micro/f1 = 0.7\n");
        assertThatThrownBy(() -> RegressionGate.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ":4: 'alpha/entities/strict/micro/f1' is given a second time (first on line 3)");
    }
}
