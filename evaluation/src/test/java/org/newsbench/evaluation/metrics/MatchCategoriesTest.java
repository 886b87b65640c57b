package org.newsbench.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbench.evaluation.metrics.Fixtures.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsbench.api.EntityMention;

/**
 * On every edge case METRICS.md lists, under both matchings and every schema, the categories of the matching pass
 * and the counts agree: every prediction has exactly one category, every gold mention is taken once or missed, each
 * category fits its schema's definition, the counts are the categories counted, and the strict error list has
 * INC + MIS + SPU entries.
 */
class MatchCategoriesTest {

    static Stream<Arguments> edgeCases() {
        Map<String, List<List<EntityMention>>> cases = new java.util.LinkedHashMap<>();
        cases.put("the six SemEval scenarios", List.of(
                List.of(mention(0, 7, "BRAND"), mention(8, 15, "BRAND"), mention(16, 24, "DRUG"),
                        mention(25, 36, "BRAND"), mention(37, 46, "GROUP")),
                List.of(mention(0, 7, "BRAND"), mention(55, 62, "BRAND"), mention(16, 24, "BRAND"),
                        mention(25, 34, "BRAND"), mention(37, 54, "BRAND"))));
        cases.put("nothing at all", List.of(List.of(), List.of()));
        cases.put("no gold", List.of(List.of(), List.of(mention(0, 4, "PER"), mention(10, 14, "ORG"))));
        cases.put("no prediction", List.of(List.of(mention(0, 4, "PER")), List.of()));
        cases.put("right span, wrong type", List.of(List.of(mention(0, 10, "PER")), List.of(mention(0, 10, "ORG"))));
        cases.put("overlap with another type", List.of(List.of(mention(0, 10, "PER")),
                List.of(mention(0, 5, "ORG"))));
        cases.put("one gold as two pieces", List.of(List.of(mention(0, 10, "PER")),
                List.of(mention(0, 4, "PER"), mention(5, 10, "PER"))));
        cases.put("one gold as two pieces of different types", List.of(List.of(mention(0, 10, "PER")),
                List.of(mention(0, 4, "ORG"), mention(5, 10, "PER"))));
        cases.put("two gold as one", List.of(List.of(mention(0, 5, "PER"), mention(6, 10, "PER")),
                List.of(mention(0, 10, "PER"))));
        cases.put("closest boundaries under TYPE", List.of(List.of(mention(0, 6, "PER"), mention(7, 20, "PER")),
                List.of(mention(1, 20, "PER"), mention(5, 6, "PER"))));
        cases.put("one span with two types", List.of(List.of(mention(0, 5, "PER")),
                List.of(mention(0, 5, "ORG"), mention(0, 5, "PER"))));
        cases.put("nested predictions", List.of(List.of(mention(5, 10, "PER")),
                List.of(mention(0, 20, "ORG"), mention(5, 10, "PER"))));
        cases.put("nested predictions over two gold", List.of(List.of(mention(0, 8, "ORG"), mention(10, 20, "LOC")),
                List.of(mention(0, 20, "ORG"), mention(10, 20, "LOC"))));
        cases.put("duplicate predictions", List.of(List.of(mention(0, 5, "PER")),
                List.of(mention(0, 5, "PER"), mention(0, 5, "PER"), mention(0, 5, "PER"))));
        cases.put("duplicate gold", List.of(List.of(mention(0, 5, "PER"), mention(0, 5, "PER")),
                List.of(mention(0, 5, "PER"))));
        cases.put("adjacent spans", List.of(List.of(mention(0, 5, "PER")), List.of(mention(5, 9, "PER"))));
        cases.put("one shared code point", List.of(List.of(mention(0, 5, "PER")), List.of(mention(4, 9, "PER"))));
        cases.put("one code point of a long gold", List.of(List.of(mention(0, 150, "ORG")),
                List.of(mention(149, 160, "ORG"))));
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach((name, sides) -> {
            for (EntityMatching matching : EntityMatching.values()) {
                arguments.add(Arguments.of(name, matching, sides.get(0), sides.get(1)));
            }
        });
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("edgeCases")
    void countsAndCategoriesAgree(String name, EntityMatching matching, List<EntityMention> gold,
                                  List<EntityMention> predicted) {
        EntityDocumentMatch match = EntityMatcher.match(gold, predicted, matching);
        EntityDocumentCounts counts = EntityMatcher.count(gold, predicted, matching);
        List<EntityMention> scoredGold = matching == EntityMatching.CORRECT_FIRST ? distinct(gold) : gold;
        List<EntityMention> scoredPredicted = matching == EntityMatching.CORRECT_FIRST ? distinct(predicted)
                : predicted;

        for (MatchSchema schema : MatchSchema.values()) {
            SchemaMatch schemaMatch = match.schema(schema);
            assertOneCategoryPerMention(schemaMatch.overall(), scoredGold, scoredPredicted);
            schemaMatch.overall().forEach(mention -> assertFitsSchema(schema, mention));
            assertThat(counts.overall(schema)).isEqualTo(EntityCounts.of(schemaMatch.overall()));
            assertThat(counts.byType(schema).keySet()).isEqualTo(schemaMatch.byType().keySet());
            schemaMatch.byType().forEach((type, mentions) -> {
                assertOneCategoryPerMention(mentions, ofType(scoredGold, type), ofType(scoredPredicted, type));
                mentions.forEach(mention -> assertFitsSchema(schema, mention));
                assertThat(counts.byType(schema).get(type)).isEqualTo(EntityCounts.of(mentions));
            });
        }
        EntityCounts strict = counts.overall(MatchSchema.STRICT);
        assertThat(match.strictErrors()).hasSize(strict.inc() + strict.mis() + strict.spu())
                .allSatisfy(error -> assertThat(error.category()).isIn(MatchCategory.INC, MatchCategory.MIS,
                        MatchCategory.SPU));
    }

    private static void assertOneCategoryPerMention(List<MatchedMention> mentions, List<EntityMention> gold,
                                                    List<EntityMention> predicted) {
        assertThat(mentions.stream().map(MatchedMention::predicted).filter(Objects::nonNull).toList())
                .containsExactlyInAnyOrderElementsOf(predicted);
        assertThat(mentions.stream().map(MatchedMention::gold).filter(Objects::nonNull).toList())
                .containsExactlyInAnyOrderElementsOf(gold);
    }

    private static void assertFitsSchema(MatchSchema schema, MatchedMention mention) {
        EntityMention predicted = mention.predicted();
        EntityMention gold = mention.gold();
        if (predicted == null || gold == null) {
            return;
        }
        boolean sameSpan = predicted.span().equals(gold.span());
        boolean sameType = predicted.type().equals(gold.type());
        boolean correct = switch (schema) {
            case STRICT -> sameSpan && sameType;
            case EXACT, PARTIAL -> sameSpan;
            case TYPE -> sameType;
        };
        assertThat(predicted.span().overlaps(gold.span())).as("%s overlaps", mention).isTrue();
        assertThat(mention.category() == MatchCategory.COR).as("%s under %s", mention, schema).isEqualTo(correct);
    }

    private static List<EntityMention> distinct(List<EntityMention> mentions) {
        return mentions.stream().distinct().toList();
    }

    private static List<EntityMention> ofType(List<EntityMention> mentions, String type) {
        return mentions.stream().filter(mention -> mention.type().equals(type)).toList();
    }
}
