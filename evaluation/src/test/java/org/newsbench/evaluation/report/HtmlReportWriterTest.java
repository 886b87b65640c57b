package org.newsbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.newsbench.evaluation.gold.GoldCorpus;
import org.newsbench.api.spi.ProviderDescriptor;
import org.newsbench.evaluation.run.ProviderRun;
import org.newsbench.evaluation.run.Protocol;
import org.newsbench.evaluation.run.RunStatus;
import org.newsbench.evaluation.run.RunTiming;
import org.newsbench.evaluation.scoring.BenchmarkScorer;
import org.newsbench.evaluation.scoring.EvaluationResult;
import org.newsbench.evaluation.scoring.StatisticsSettings;

class HtmlReportWriterTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"quotes\" 'here'";
    private static final String S1 = "Alice met Bob in Paris. ";
    private static final String S2 = HOSTILE + " about Kyiv. ";
    private static final String S3 = "Carol went to Berlin.";
    private static final String D1 = S1 + S2 + S3;
    private static final StanceTarget UKRAINE = new StanceTarget("UKRAINE", List.of("Ukraine", "Kyiv"));
    private static final StanceTarget RUSSIA = new StanceTarget("RUSSIA", List.of("Russia", "Moscow"));
    private static final StatisticsSettings SETTINGS = new StatisticsSettings(50, 50, 7L, 0.95);

    private static final int FILLER_WORDS = 40;

    @Test
    void pageIsSelfContainedWithCharts() {
        String html = HtmlReportWriter.render(result());

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("http://", "https://", "src=", "<link", "@import", "url(", "<script",
                "<img", "<iframe");
        assertThat(count(html, "<svg")).isGreaterThanOrEqualTo(5);
        assertThat(html).contains("<title id=\"fig1-title\">Entity F1 per provider (micro)</title>",
                "Strict F1 per entity type", "Stance F_avg and accuracy per provider",
                "Stance confusion matrix of alpha", "Stance confusion matrix of beta",
                ">FAVOR</text>", ">AGAINST</text>", ">NONE</text>", ">0.0</text>", ">1.0</text>");
        assertThat(html).contains("<h2 id=\"entities\">", "<h2 id=\"stance\">", "<h2 id=\"errors\">",
                "<h2 id=\"diagnostics\">");
        int timing = html.indexOf("Timing (varies between runs)");
        assertThat(timing).isGreaterThan(html.indexOf("<h2 id=\"diagnostics\">"));
        assertThat(html.substring(timing)).doesNotContain("<h2 id=\"errors\"", "<svg");
    }

    @Test
    void corpusProviderAndPredictionTextsAreEscaped() {
        String html = HtmlReportWriter.render(result());

        assertThat(html).doesNotContain(HOSTILE, "<script>", "<b>bold</b>", "needs <model>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;here&#39;");
        assertThat(html).contains("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>");
        assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt; &amp; co", "needs &lt;model&gt; &amp; &quot;weights&quot;",
                "note with &lt;angle&gt; brackets", "R&amp;D &lt;label&gt; 3");
    }

    @Test
    void listsEveryErrorNotOnlyTheFirstFew() {
        EvaluationResult result = result();
        String html = HtmlReportWriter.render(result);
        ErrorListBuilder builder = new ErrorListBuilder(result);

        ProviderRun alpha = result.run("alpha").orElseThrow();
        ProviderRun beta = result.run("beta").orElseThrow();
        int alphaEntities = builder.entityErrors("alpha").size();
        int betaEntities = builder.entityErrors("beta").size();
        int alphaStance = builder.stanceErrors("alpha", alpha.stances()).size();
        assertThat(alphaEntities).isGreaterThan(MarkdownReportWriter.ERRORS_PER_PROVIDER);

        assertThat(errorRows(html, "alpha, entities")).isEqualTo(alphaEntities);
        assertThat(errorRows(html, "beta, entities")).isEqualTo(betaEntities);
        assertThat(errorRows(html, "alpha, stance")).isEqualTo(alphaStance).isPositive();
        assertThat(html).contains("alpha, entities (" + alphaEntities + " errors)");
        // the last filler word, far beyond the Markdown cut-off, is there
        assertThat(html).contains("<mark>w" + (FILLER_WORDS - 1) + "</mark>");
        assertThat(count(html, "<tr class=\"error\">"))
                .isEqualTo(alphaEntities + betaEntities + alphaStance
                        + builder.stanceErrors("beta", beta.stances()).size());
    }

    @Test
    void rendersIdenticallyTwiceAndIndependentlyOfTheDefaultLocale() {
        String first = HtmlReportWriter.render(result());
        String second = HtmlReportWriter.render(result());
        assertThat(second).isEqualTo(first);

        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(HtmlReportWriter.render(result())).isEqualTo(first);
        } finally {
            Locale.setDefault(saved);
        }
        // a German default locale would print decimal commas: "0,812 [0,761, 0,858]"
        assertThat(first).doesNotContainPattern("[\\s>\\[]\\d+,\\d{3}[\\s<\\],]");
    }

    @Test
    void escapeCoversTheFiveSpecialCharacters() {
        assertThat(HtmlReportWriter.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assertThat(HtmlReportWriter.escape("Kyiv 🇺🇦 ü")).isEqualTo("Kyiv 🇺🇦 ü");
    }

    // ------------------------------------------------------------------------------------------------------ fixture

    private static int errorRows(String html, String summary) {
        int start = html.indexOf("<summary>" + summary + " (");
        assertThat(start).as("details block of %s", summary).isNotNegative();
        int end = html.indexOf("</details>", start);
        return count(html.substring(start, end), "<tr class=\"error\">");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static EvaluationResult result() {
        return new BenchmarkScorer(gold(), SETTINGS).score(runs());
    }

    private static Document d1() {
        return new Document("d1", D1);
    }

    private static Document d2() {
        StringBuilder text = new StringBuilder("Dana spoke. ");
        for (int i = 0; i < FILLER_WORDS; i++) {
            text.append('w').append(i).append(' ');
        }
        return new Document("d2", text.toString().strip());
    }

    private static GoldCorpus gold() {
        List<EntityMention> entities = List.of(
                mention(d1(), "Alice", "PERSON"), mention(d1(), "Bob", "PERSON"),
                mention(d1(), "Paris", "LOCATION"), mention(d1(), "Kyiv", "LOCATION"),
                mention(d1(), "Carol", "PERSON"), mention(d1(), "Berlin", "LOCATION"),
                mention(d2(), "Dana", "PERSON"));
        List<LabelledStance> stances = new ArrayList<>();
        stances.add(gold(sentence(S1, UKRAINE), StanceLabel.NONE));
        stances.add(gold(sentence(S1, RUSSIA), StanceLabel.NONE));
        stances.add(gold(sentence(S2, UKRAINE), StanceLabel.FAVOR));
        stances.add(gold(sentence(S2, RUSSIA), StanceLabel.AGAINST));
        stances.add(gold(sentence(S3, UKRAINE), StanceLabel.AGAINST));
        stances.add(gold(sentence(S3, RUSSIA), StanceLabel.FAVOR));
        return new GoldCorpus(List.of(d1(), d2()), entities, stances, List.of(UKRAINE, RUSSIA));
    }

    private static List<ProviderRun> runs() {
        // alpha: right on some, a TYPE error, a false positive on the hostile text, and one FP per filler word
        List<EntityMention> alphaEntities = new ArrayList<>(List.of(
                mention(d1(), "Alice", "PERSON"), mention(d1(), "Bob", "LOCATION"),
                mention(d1(), "Paris", "LOCATION"), mention(d1(), "<script>alert(1)</script>", "ORGANIZATION")));
        for (int i = 0; i < FILLER_WORDS; i++) {
            alphaEntities.add(mention(d2(), " w" + i + (i == FILLER_WORDS - 1 ? "" : " "), "ORGANIZATION", 1,
                    ("w" + i).length()));
        }
        List<StancePrediction> alphaStances = new ArrayList<>();
        for (LabelledStance stance : gold().stances()) {
            alphaStances.add(new StancePrediction(stance.instance(), StanceLabel.NONE));
        }
        // beta: finds two mentions and gets most stances right
        List<EntityMention> betaEntities = List.of(mention(d1(), "Carol", "PERSON"), mention(d1(), "Kyiv", "LOCATION"));
        List<StancePrediction> betaStances = new ArrayList<>();
        for (LabelledStance stance : gold().stances()) {
            StanceLabel label = stance.instance().span().start() == D1.indexOf(S3)
                    && stance.instance().target().equals(RUSSIA) ? StanceLabel.AGAINST : stance.label();
            betaStances.add(new StancePrediction(stance.instance(), label));
        }
        Set<Task> both = Set.of(Task.ENTITIES, Task.STANCE);
        ProviderRun alpha = new ProviderRun(
                new ProviderDescriptor("alpha", "<b>bold</b> & co", "lib-a", "1.0", "1", both, false),
                RunStatus.RAN, "", Protocol.PRETRAINED, 0, alphaEntities, alphaStances, Map.of(),
                new AnnotatorDiagnostics(Map.of("R&D <label>", 3L), List.of("note with <angle> brackets")),
                new RunTiming(1200, 0, 3400, 500, 0, 2));
        ProviderRun beta = new ProviderRun(
                new ProviderDescriptor("beta", "the second", "lib-b", "2.0", "1", both, false),
                RunStatus.RAN, "", Protocol.PRETRAINED, 0, betaEntities, betaStances, Map.of(),
                AnnotatorDiagnostics.NONE, new RunTiming(10, 0, 20, 500, 0, 2));
        ProviderRun gamma = ProviderRun.notRun(
                new ProviderDescriptor("gamma", "unavailable one", "lib-c", "3.0", "1", Set.of(Task.ENTITIES), false),
                RunStatus.UNAVAILABLE, "needs <model> & \"weights\"");
        return List.of(alpha, beta, gamma);
    }

    private static EntityMention mention(Document document, String text, String type) {
        int start = document.text().indexOf(text);
        assertThat(start).as("%s in %s", text, document.id()).isNotNegative();
        return new EntityMention(document.id(), new Span(start, start + text.length()), type, text);
    }

    /** The mention of {@code text.substring(from, from + length)}, located through the longer, unique {@code text}. */
    private static EntityMention mention(Document document, String text, String type, int from, int length) {
        int start = document.text().indexOf(text) + from;
        assertThat(start).as("%s in %s", text, document.id()).isGreaterThan(from - 1);
        return new EntityMention(document.id(), new Span(start, start + length), type,
                document.text().substring(start, start + length));
    }

    private static StanceInstance sentence(String sentence, StanceTarget target) {
        int start = D1.indexOf(sentence);
        return new StanceInstance("d1", new Span(start, start + sentence.strip().length()), target);
    }

    private static LabelledStance gold(StanceInstance instance, StanceLabel label) {
        return new LabelledStance(instance, label, label == StanceLabel.NONE ? "" : "AUTHOR");
    }
}
