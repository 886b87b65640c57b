package org.newsbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsbench.api.Task;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

class ExternalProviderDeclarationTest {

    private static ExternalProviderDeclaration parse(Map<String, String> keys) throws ProviderException {
        return ExternalProviderDeclaration.parse("tagger", ProviderConfiguration.of(keys));
    }

    @Test
    void onlyCommandAndTasksAreNeededAndTheOtherKeysHaveTheirDocumentedDefaults() throws Exception {
        ExternalProviderDeclaration declaration = parse(Map.of("command", "python3 tagger.py", "tasks", "entities"));

        assertThat(declaration.command()).containsExactly("python3", "tagger.py");
        assertThat(declaration.tasks()).containsExactly(Task.ENTITIES);
        assertThat(declaration.description()).isEqualTo("external program: python3 tagger.py");
        assertThat(declaration.version()).isEqualTo("1");
        assertThat(declaration.workers()).isEqualTo(1);
        assertThat(declaration.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(declaration.offsets()).isEqualTo(OffsetUnit.CODEPOINT);
        assertThat(declaration.labels()).isEmpty();
        assertThat(declaration.trainable()).isFalse();
        assertThat(declaration.maxRestarts()).isEqualTo(3);
        assertThat(declaration.maxResponseBytes()).isEqualTo(32 * 1024 * 1024);
        assertThat(declaration.workingDirectory()).isEmpty();
        assertThat(declaration.environment()).isEmpty();
    }

    @Test
    void everyKeyIsRead() throws Exception {
        ExternalProviderDeclaration declaration = parse(Map.ofEntries(Map.entry("url", "http://127.0.0.1:8080/ner"),
                Map.entry("tasks", "ENTITIES, STANCE"), Map.entry("description", "spaCy en_core_web_sm"),
                Map.entry("version", "3.7.2"), Map.entry("workers", "4"), Map.entry("timeout-seconds", "1.5"),
                Map.entry("offsets", "utf16"), Map.entry("labels", "spacy.properties"),
                Map.entry("trainable", "true"), Map.entry("max-restarts", "0"), Map.entry("max-response-bytes", "1024"),
                Map.entry("working-directory", "/tmp"), Map.entry("env.CUDA_VISIBLE_DEVICES", "0")));

        assertThat(declaration.isProcess()).isFalse();
        assertThat(declaration.url()).isEqualTo(URI.create("http://127.0.0.1:8080/ner"));
        assertThat(declaration.tasks()).isEqualTo(Set.of(Task.ENTITIES, Task.STANCE));
        assertThat(declaration.description()).isEqualTo("spaCy en_core_web_sm");
        assertThat(declaration.version()).isEqualTo("3.7.2");
        assertThat(declaration.workers()).isEqualTo(4);
        assertThat(declaration.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(BackendProcess.seconds(declaration.timeout())).isEqualTo("1.5");
        assertThat(declaration.offsets()).isEqualTo(OffsetUnit.UTF16);
        assertThat(declaration.labels()).contains(java.nio.file.Path.of("spacy.properties"));
        assertThat(declaration.trainable()).isTrue();
        assertThat(declaration.maxRestarts()).isZero();
        assertThat(declaration.maxResponseBytes()).isEqualTo(1024);
        assertThat(ResponseLimit.of(declaration)).isEqualTo(new ResponseLimit(1024,
                "external.tagger.max-response-bytes"));
        assertThat(declaration.workingDirectory()).isEqualTo(Optional.of(java.nio.file.Path.of("/tmp")));
        assertThat(declaration.environment()).containsExactly(Map.entry("CUDA_VISIBLE_DEVICES", "0"));
    }

    @Test
    void aCommandLineIsSplitAtWhiteSpaceKeepingQuotedPartsTogether() throws Exception {
        assertThat(parse(Map.of("command", "python3 \"my tagger.py\" --model 'en core'  -v", "tasks", "STANCE"))
                .command()).containsExactly("python3", "my tagger.py", "--model", "en core", "-v");
        assertThatThrownBy(() -> parse(Map.of("command", "python3 'tagger.py", "tasks", "STANCE")))
                .hasMessage("command line has an unclosed ' quote: python3 'tagger.py");
    }

    @Test
    void aMalformedDeclarationIsRejectedNamingTheKey() {
        assertThatThrownBy(() -> parse(Map.of("command", "x", "url", "http://h/", "tasks", "STANCE")))
                .hasMessage("external.tagger.command or external.tagger.url must be given, not both and not neither");
        assertThatThrownBy(() -> parse(Map.of("command", "x")))
                .hasMessage("external.tagger.tasks is required: ENTITIES, STANCE or both (comma-separated)");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "ENTITIES,SENTIMENT")))
                .hasMessage("external.tagger.tasks: unknown task 'SENTIMENT'; expected ENTITIES, STANCE or both");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "offsets", "bytes")))
                .hasMessage("external.tagger.offsets must be 'codepoint' or 'utf16', got 'bytes'");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "timeout-seconds", "0")))
                .hasMessage("external.tagger.timeout-seconds must be a positive number, got '0'");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "workers", "0")))
                .hasMessage("external.tagger.workers must be >= 1, got 0");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "max-response-bytes", "64m")))
                .hasMessage("external.tagger.max-response-bytes must be a whole number of bytes from 1 to 1073741824 "
                        + "(1 GiB), got '64m'");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "max-response-bytes", "0")))
                .hasMessageEndingWith("got '0'");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "max-response-bytes",
                "2147483648"))).hasMessageEndingWith("got '2147483648'");
        assertThatThrownBy(() -> parse(Map.of("url", "ftp://h/x", "tasks", "STANCE")))
                .hasMessage("external.tagger.url must be an http:// or https:// url, got 'ftp://h/x'");
        assertThatThrownBy(() -> parse(Map.of("command", "x", "tasks", "STANCE", "timeout", "5")))
                .hasMessageStartingWith("provider 'external.tagger' does not know the configuration key(s) [timeout]");
    }

    @Test
    void theExternalSectionBecomesOneConfigurationPerDeclaredProvider() throws Exception {
        Map<String, ProviderConfiguration> configurations = Map.of(
                "corenlp", ProviderConfiguration.of(Map.of("ner.applyFineGrained", "false")),
                "external", ProviderConfiguration.of(Map.of("spacy.command", "python3 spacy_tagger.py",
                        "spacy.tasks", "ENTITIES", "spacy.version", "2", "rules.url", "http://127.0.0.1:9000/",
                        "rules.tasks", "STANCE")));

        ExternalProviderDeclarations declarations = ExternalProviderDeclarations.from(configurations);

        assertThat(declarations.declarations()).extracting(ExternalProviderDeclaration::id)
                .containsExactly("rules", "spacy");
        assertThat(declarations.providers()).extracting(provider -> provider.descriptor().id())
                .containsExactly("rules", "spacy");
        Map<String, ProviderConfiguration> perProvider = declarations.configurationsFor(configurations);
        assertThat(perProvider).containsOnlyKeys("corenlp", "rules", "spacy");
        assertThat(perProvider.get("spacy").values()).isEqualTo(Map.of("command", "python3 spacy_tagger.py",
                "tasks", "ENTITIES", "version", "2"));
        assertThatThrownBy(() -> ExternalProviderDeclarations.from(Map.of("external",
                ProviderConfiguration.of(Map.of("command", "x")))))
                .hasMessage("'external.command' is not external.<provider-id>.<key>");
        assertThat(ExternalProviderDeclarations.from(Map.of()).declarations()).isEqualTo(List.of());
    }

    @Test
    void aDeclaredIdThatIsAProvidersOnTheClasspathOrDiffersFromOneOnlyInCaseIsRejectedNamingBoth() throws Exception {
        ExternalProviderDeclarations corenlp = ExternalProviderDeclarations.from(Map.of("external",
                ProviderConfiguration.of(Map.of("corenlp.command", "x", "corenlp.tasks", "ENTITIES"))));
        ExternalProviderDeclarations coreNlp = ExternalProviderDeclarations.from(Map.of("external",
                ProviderConfiguration.of(Map.of("CoreNLP.command", "x", "CoreNLP.tasks", "ENTITIES"))));

        assertThatThrownBy(() -> corenlp.requireIdsOtherThan(List.of("baseline-majority", "corenlp")))
                .hasMessage("external.corenlp.*: 'corenlp' is already the id of a provider found on the classpath; "
                        + "declare the backend under another id");
        assertThatThrownBy(() -> coreNlp.requireIdsOtherThan(List.of("corenlp")))
                .hasMessage("external.CoreNLP.*: 'CoreNLP' differs only in case from 'corenlp', a provider found on "
                        + "the classpath (an id names the folder predictions/<id>, which a case-insensitive file "
                        + "system would share between them); declare the backend under another id");
        corenlp.requireIdsOtherThan(List.of("corenlp-muc7", "opennlp"));
    }

    @Test
    void twoDeclarationsWhoseIdsDifferOnlyInCaseAreRejected() {
        assertThatThrownBy(() -> ExternalProviderDeclarations.from(Map.of("external", ProviderConfiguration.of(
                Map.of("spacy.command", "x", "spacy.tasks", "ENTITIES", "SpaCy.url", "http://127.0.0.1:9/",
                        "SpaCy.tasks", "ENTITIES")))))
                .hasMessage("external.SpaCy.* and external.spacy.* declare ids that differ only in case (an id names "
                        + "the folder predictions/<id>, which a case-insensitive file system would share between "
                        + "them); rename one");
    }
}
