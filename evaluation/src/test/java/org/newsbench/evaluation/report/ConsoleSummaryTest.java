package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void oneLinePerProviderAndTaskWithHeadlineFigures() {
        assertThat(ConsoleSummary.render(ReportModelFixture.model()).replace(System.lineSeparator(), "\n"))
                .isEqualTo("""
                        provider             task      status         headline [95% CI]                  other
                        alpha                entities  ran            strict F1 0.720 [0.600, 0.850]     \
                        partial F1 0.800 [0.700, 0.900]
                        alpha                stance    ran            F_avg 0.250 [0.000, 0.500]         \
                        accuracy 0.500 [0.250, 0.750], kappa 0.100 [-0.150, 0.350]
                        beta                 entities  ran            strict F1 0.400 [0.150, 0.650]     \
                        partial F1 0.500 [0.200, 0.700]
                                             1 of 2 documents failed
                        gamma                -         unavailable    needs a model
                        delta                -         not applicable stance was not selected
                        """);
    }

    @Test
    void saysWhichGoldTypesNoProviderPredicted() {
        assertThat(ConsoleSummary.render(ReportModelFixture.entityOnly()).replace(System.lineSeparator(), "\n"))
                .endsWith("""
                        delta                -         not applicable stance was not selected
                        MISC: no provider predicted this type; its 1 gold mention is all missed.
                        """);
    }
}
