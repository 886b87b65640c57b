package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Task;
import org.newsbench.evaluation.report.model.CorpusSummary;
import org.newsbench.evaluation.report.model.ErrorList;
import org.newsbench.evaluation.report.model.ReportModel;

class MarkdownReportWriterTest {

    @Test
    void rendersEverySectionOfAHandBuiltModel() {
        assertThat(MarkdownReportWriter.render(ReportModelFixture.model())).isEqualTo("""
                # Accuracy report

                Corpus: 2 documents, 12 whitespace tokens; gold: 3 entity mentions (LOC 2, PER 1), 2 sentences × 1 targets (T1).
                Gold: JSONL, read from gold/test.jsonl.

                Protocol: pretrained providers annotate every document; trainable providers are scored by \
                leave-one-document-out (k = 2) cross-validation over documents (the same folds for every provider), \
                their held-out predictions pooled and scored like any others.
                Entity matching: nervaluate (METRICS.md §1.3).
                Statistics: 95 % percentile bootstrap intervals (200 resamples of documents for entities, of sentences \
                for stance; seed 7); paired approximate randomization tests (1000 shuffles, same seed). Definitions: \
                evaluation/METRICS.md.

                ## Providers

                | provider | library | tasks | protocol | status | note |
                |---|---|---|---|---|---|
                | alpha | lib-a 1.0 | entities, stance | pretrained, all documents | ran |  |
                | beta | none | entities | 2-fold cross-validation | ran | 1 of 2 documents failed |
                | gamma | lib-c 3.0 | entities | - | unavailable | needs a model |
                | delta | lib-d 4.0 | stance | - | not applicable | stance was not selected |

                ## Entities

                Micro-averaged over all mentions; `strict` = exact span and type (conlleval), `exact` = exact span, \
                `partial` = overlapping span (half credit), `type` = overlapping span and the right type.

                | provider | protocol | strict P | strict R | strict F1 [95 % CI] | exact F1 | partial F1 | type F1 | strict macro-F1 |
                |---|---|---|---|---|---|---|---|---|
                | alpha | pretrained, all documents | 0.800 [0.700, 0.900] | 0.667 [0.500, 0.800] | 0.720 [0.600, 0.850] \
                | 0.750 [0.600, 0.900] | 0.800 [0.700, 0.900] | 0.720 [0.600, 0.850] | 0.700 [0.550, 0.800] |
                | beta | 2-fold cross-validation | 0.500 [0.200, 0.800] | 0.333 [0.100, 0.600] | 0.400 [0.150, 0.650] \
                | 0.400 [0.150, 0.650] | 0.500 [0.200, 0.700] | - | 0.300 [0.100, 0.500] |

                ### Strict F1 per type

                | provider | LOC | PER |
                |---|---|---|
                | alpha | 1.000 [1.000, 1.000] | 0.400 [0.000, 0.667] |
                | beta | 0.500 [0.000, 1.000] | 0.000 [0.000, 0.000] |

                ### Counts per schema

                | provider | schema | COR | INC | PAR | MIS | SPU | P | R | F1 |
                |---|---|---|---|---|---|---|---|---|---|
                | alpha | strict | 2 | 0 | 0 | 1 | 0 | 1.000 | 0.667 | 0.800 |
                | beta | strict | 1 | 1 | 0 | 1 | 0 | 0.500 | 0.333 | 0.400 |

                ### Strict F1 per document

                | document | gold mentions | alpha | beta |
                |---|---|---|---|
                | d1 | 2 | 0.800 | 0.500 |
                | d2 | 1 | 0.500 | failed |

                ### Significance: Strict micro-F1, paired approximate randomization

                With 2 paired units (documents) there are only 2^2 distinct swaps, so no p-value can fall below about \
                0.500 whatever the difference.

                Two-sided p-values, not corrected for multiple comparisons.

                | A | B | A value | B value | difference | p | shuffles |
                |---|---|---|---|---|---|---|
                | alpha | beta | 0.720 | 0.400 | +0.320 | 0.500 | 1000 |

                ## Stance

                `F_avg` = (F1 FAVOR + F1 AGAINST) / 2 over all targets pooled (SemEval-2016 Task 6); macro-F1 over the \
                three labels; kappa = Cohen's kappa against gold.

                | provider | protocol | accuracy [95 % CI] | F_avg [95 % CI] | macro-F1 | kappa |
                |---|---|---|---|---|---|
                | alpha | pretrained, all documents | 0.500 [0.250, 0.750] | 0.250 [0.000, 0.500] | 0.333 [0.083, 0.583] \
                | 0.100 [-0.150, 0.350] |

                ### F_avg and accuracy per target

                | provider | T1 F_avg | T1 acc |
                |---|---|---|
                | alpha | 0.250 [0.000, 0.500] | 0.500 [0.250, 0.750] |

                ### Confusion matrices (rows gold, columns predicted; all targets)

                **alpha**

                | gold \\ predicted | FAVOR | AGAINST | NONE |
                |---|---|---|---|
                | FAVOR | 1 | 0 | 0 |
                | AGAINST | 0 | 0 | 1 |
                | NONE | 0 | 0 | 0 |

                ## Errors behind the numbers

                The first 25 per provider and task; errors.csv, beside this report, has them all. INC = \
                prediction on a gold mention with the wrong type or boundaries (both shown), MIS = gold mention not \
                found, SPU = prediction on no gold mention (the strict counts' categories).

                ### alpha, entities (1 errors)

                | document | span | kind | gold | predicted | in context |
                |---|---|---|---|---|---|
                | d2 | 4-7 | MIS | PER |  | met **Bob** at noon. |

                ### alpha, stance (1 errors)

                | document | span | kind | gold | predicted | in context |
                |---|---|---|---|---|---|
                | d1 | 0-12 | STANCE | T1 AGAINST | T1 NONE | **Kyiv \\| fell.** |

                ### beta, entities (0 errors)

                ## Diagnostics

                - alpha: labels dropped by its mapping: DATE 2
                - alpha: a note
                - beta: document d2 failed: timeout after 5 s

                ## Timing (varies between runs; everything above is deterministic)

                | provider | load s | fit s | annotate s | documents annotated | from cache | tokens/s |
                |---|---|---|---|---|---|---|
                | alpha | 1.2 | 0.0 | 3.4 | 2 | 0 | 147 |
                | beta | 0.0 | 0.0 | 0.0 | 0 | 2 | - |

                """);
    }

    @Test
    void aLargeCorpusShowsTheSelectedDocumentsAndSaysWhereTheOthersAre() {
        assertThat(MarkdownReportWriter.render(ReportModelFixture.documentSelection())).contains("""
                ### Strict F1 per document: the 1 of 2 with the lowest mean over providers

                Worst first, ties in corpus order; in the mean a failed document counts as 0, and a document with \
                no gold mention on which a provider predicted nothing as 1 (no error). 1 more document is not \
                shown: scores.csv and report.json hold every document.

                | document | gold mentions | alpha | beta |
                |---|---|---|---|
                | d2 | 1 | 0.500 | failed |

                ### Significance""");
    }

    @Test
    void anEntityOnlyGoldHasNoStanceAndSaysItsFormatProtocolAndTheTypesNoProviderPredicted() {
        String markdown = MarkdownReportWriter.render(ReportModelFixture.entityOnly());

        assertThat(markdown).startsWith("""
                # Accuracy report

                Corpus: 2 documents, 12 whitespace tokens; gold: 4 entity mentions (LOC 2, MISC 1, PER 1).
                Gold: brat, read from ann/; 2 brat annotation lines other than entities (T) left aside.

                Protocol: trainable providers are trained once on train/ (3 documents) and annotate every document; \
                predictions made elsewhere are read from their files and scored like any others (alpha: alpha.conll).
                Entity matching: nervaluate (METRICS.md §1.3).
                Statistics: 95 % percentile bootstrap intervals (200 resamples of documents for entities; seed 7); \
                paired approximate randomization tests (1000 shuffles, same seed). Definitions: evaluation/METRICS.md.

                """);
        assertThat(markdown).contains("""
                ### Strict F1 per type

                | provider | LOC | MISC | PER |
                |---|---|---|---|
                | alpha | 1.000 [1.000, 1.000] | - | 0.400 [0.000, 0.667] |
                | beta | 0.500 [0.000, 1.000] | - | 0.000 [0.000, 0.000] |

                MISC: no provider predicted this type; its 1 gold mention is all missed.

                ### Counts per schema
                """);
        // the providers table still says which tasks each provider serves
        assertThat(markdown).doesNotContain("## Stance", "alpha, stance", "targets", "sentences", "F_avg");
    }

    @Test
    void aStanceOnlyGoldHasNoEntitySectionsNorEntityMatching() {
        String markdown = MarkdownReportWriter.render(ReportModelFixture.stanceOnly());

        assertThat(markdown).contains("""
                Corpus: 2 documents, 12 whitespace tokens; gold: 2 sentences × 1 targets (T1).
                Gold: JSONL, read from stance.jsonl.

                Protocol: pretrained providers annotate every document; trainable providers are scored by \
                leave-one-document-out (k = 2) cross-validation over documents (the same folds for every provider), \
                their held-out predictions pooled and scored like any others.
                Statistics: 95 % percentile bootstrap intervals (200 resamples of sentences for stance; seed 7); \
                paired approximate randomization tests (1000 shuffles, same seed). Definitions: evaluation/METRICS.md.
                """, "## Stance", "### alpha, stance (1 errors)");
        assertThat(markdown).doesNotContain("Entity matching", "## Entities", "entity mentions", ", entities (");
    }

    @Test
    void aSparseStanceGoldSaysHowManyPairsItLabels() {
        ReportModel model = ReportModelFixture.model();
        var corpus = model.corpus();
        ReportModel sparse = new ReportModel(new CorpusSummary(corpus.documentIds(), corpus.whitespaceTokens(),
                corpus.entityMentions(), corpus.mentionsByType(), 3, 2, List.of("T1", "T2"), corpus.tasks(),
                corpus.gold()), model.statistics(), model.protocol(), model.providers(), model.scores(),
                model.entities(), model.stance(), model.errors(), model.diagnostics(), model.timings());

        assertThat(MarkdownReportWriter.render(sparse)).contains("Corpus: 2 documents, 12 whitespace tokens; gold: 3 "
                + "entity mentions (LOC 2, PER 1), 3 (sentence, target) pairs over 2 sentences and 2 targets (T1, T2).\n");
    }

    @Test
    void listsOnlyTheFirstErrorsOfAProviderAndPointsAtErrorsCsvForTheRest() {
        List<ErrorList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(new ErrorList.Entry("d1", i, i + 1, "SPU", "", "LOC", "", "w" + i, ""));
        }
        String markdown = MarkdownReportWriter.render(
                ReportModelFixture.model(List.of(new ErrorList("alpha", Task.ENTITIES, entries))));

        assertThat(markdown).contains("### alpha, entities (30 errors)", """
                | d1 | 24-25 | SPU |  | LOC | **w24** |

                5 more in errors.csv.

                """).doesNotContain("**w25**");
    }
}
