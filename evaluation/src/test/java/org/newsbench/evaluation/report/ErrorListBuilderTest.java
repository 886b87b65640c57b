package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.StanceTarget;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.EntityMatching;
import org.newsbench.evaluation.metrics.MatchSchema;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.Protocol;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.RunTiming;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.StatisticsSettings;

class ErrorListBuilderTest {

    //                                     0         1         2         3         4         5
    //                                     0123456789012345678901234567890123456789012345678901234567
    private static final String TEXT = "The Malian Defence and Security Forces met Alice in Paris.";
    private static final Document DOCUMENT = new Document("d", TEXT);
    private static final StanceTarget MALI = new StanceTarget("MALI", List.of("Malian"));
    private static final StanceInstance SENTENCE = new StanceInstance("d", new Span(0, TEXT.length()), MALI);

    private static final GoldCorpus GOLD = new GoldCorpus(List.of(DOCUMENT),
            List.of(mention(4, 38, "ORGANIZATION"), mention(43, 48, "PERSON"), mention(52, 57, "LOCATION")),
            List.of(new LabelledStance(SENTENCE, StanceLabel.FAVOR, "AUTHOR")), List.of(MALI));

    /** The gold ORGANIZATION in two pieces, MISC first; Alice as ORGANIZATION and PERSON; Paris not found. */
    private static final List<EntityMention> PREDICTED = List.of(mention(4, 10, "MISC"),
            mention(23, 38, "ORGANIZATION"), mention(43, 48, "PERSON"), mention(43, 48, "ORGANIZATION"));

    @Test
    void listsEachStrictErrorOnceNamedAsTheNervaluateCountsNameIt() {
        EvaluationResult result = result(EntityMatching.NERVALUATE, List.of());
        List<ErrorExample> errors = new ErrorListBuilder(result).entityErrors("p");

        // MISC "Malian" sorts first and takes the gold: one INC with both spans; the ORGANIZATION piece is SPU.
        // ORGANIZATION "Alice" sorts before PERSON "Alice" and takes the gold: one INC with both types; PERSON is SPU.
        assertThat(errors).extracting(ErrorExample::start, ErrorExample::end, ErrorExample::kind,
                ErrorExample::expected, ErrorExample::found).containsExactly(
                tuple(4, 38, "INC", "ORGANIZATION \"Malian Defence and Security Forces\" 4-38", "MISC \"Malian\" 4-10"),
                tuple(23, 38, "SPU", "", "ORGANIZATION"),
                tuple(43, 48, "INC", "PERSON", "ORGANIZATION"),
                tuple(43, 48, "SPU", "", "PERSON"),
                tuple(52, 57, "MIS", "LOCATION", ""));
        assertThat(errors.get(0).text()).isEqualTo("Malian Defence and Security Forces");
        assertThat(errors.get(0).before()).isEqualTo("The ");
        EntityCounts strict = result.entityCounts().get("p").get("d").overall(MatchSchema.STRICT);
        assertThat(strict).isEqualTo(new EntityCounts(0, 2, 0, 1, 2));
        assertThat(errors).hasSize(strict.inc() + strict.mis() + strict.spu());
    }

    @Test
    void listsWhatTheCorrectFirstCountsGiveWhenThatMatchingIsChosen() {
        EvaluationResult result = result(EntityMatching.CORRECT_FIRST, List.of());
        List<ErrorExample> errors = new ErrorListBuilder(result).entityErrors("p");

        // PERSON "Alice" claims its gold first (COR, not listed); ORGANIZATION "Alice" finds it taken: SPU.
        assertThat(errors).extracting(ErrorExample::start, ErrorExample::kind, ErrorExample::expected,
                ErrorExample::found).containsExactly(
                tuple(4, "INC", "ORGANIZATION \"Malian Defence and Security Forces\" 4-38", "MISC \"Malian\" 4-10"),
                tuple(23, "SPU", "", "ORGANIZATION"),
                tuple(43, "SPU", "", "ORGANIZATION"),
                tuple(52, "MIS", "LOCATION", ""));
        EntityCounts strict = result.entityCounts().get("p").get("d").overall(MatchSchema.STRICT);
        assertThat(strict).isEqualTo(new EntityCounts(1, 1, 0, 1, 2));
        assertThat(errors).hasSize(strict.inc() + strict.mis() + strict.spu());
    }

    @Test
    void aStanceInstanceWithoutPredictionIsListedAsTheNoneTheCountsScore() {
        EvaluationResult result = result(EntityMatching.NERVALUATE, List.of());
        List<ErrorExample> errors = new ErrorListBuilder(result).stanceErrors("p", List.of());

        assertThat(errors).extracting(ErrorExample::kind, ErrorExample::expected, ErrorExample::found)
                .containsExactly(tuple("STANCE", "MALI FAVOR", "MALI NONE (no prediction)"));
    }

    @Test
    void onlyTheFirstStancePredictionOfAnInstanceIsJudgedAsInTheCounts() {
        List<StancePrediction> firstRight = List.of(new StancePrediction(SENTENCE, StanceLabel.FAVOR),
                new StancePrediction(SENTENCE, StanceLabel.AGAINST));
        List<StancePrediction> firstWrong = List.of(new StancePrediction(SENTENCE, StanceLabel.AGAINST),
                new StancePrediction(SENTENCE, StanceLabel.FAVOR));
        ErrorListBuilder builder = new ErrorListBuilder(result(EntityMatching.NERVALUATE, firstRight));

        assertThat(builder.stanceErrors("p", firstRight)).isEmpty();
        assertThat(builder.stanceErrors("p", firstWrong)).extracting(ErrorExample::found)
                .containsExactly("MALI AGAINST");
    }

    private static EvaluationResult result(EntityMatching matching, List<StancePrediction> stances) {
        ProviderRun run = new ProviderRun(
                new ProviderDescriptor("p", "provider", "lib", "1", "1", Set.of(Task.ENTITIES, Task.STANCE), false),
                RunStatus.RAN, "", Protocol.PRETRAINED, 0, PREDICTED, stances, Map.of(), AnnotatorDiagnostics.NONE,
                new RunTiming(1, 0, 1, 1, 0, 1));
        return new BenchmarkScorer(GOLD, new StatisticsSettings(10, 10, 1L, 0.95, matching)).score(List.of(run));
    }

    private static EntityMention mention(int start, int end, String type) {
        return new EntityMention("d", new Span(start, end), type, TEXT.substring(start, end));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
