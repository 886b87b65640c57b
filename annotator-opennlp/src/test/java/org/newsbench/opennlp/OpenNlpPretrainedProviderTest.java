package org.newsbench.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbench.api.Annotator;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderException;

class OpenNlpPretrainedProviderTest {

    @TempDir
    static Path modelDirectory;

    /** A person-only name finder, trained here and saved as the classic file names, stands in for the download. */
    @BeforeAll
    static void trainAndSaveAPersonModel() throws Exception {
        OpenNlpTextSegmenter segmenter = OpenNlpTextSegmenter.fromClasspathModels();
        List<Document> training = CorpusDocuments.all().subList(1, 5);
        List<EntityMention> persons = HandLabels.of(training).stream()
                .filter(mention -> mention.type().equals("PERSON")).toList();
        EncodedNames encoded = new NameSampleEncoder(segmenter).encode(training, persons);
        TokenNameFinderModel model = new OpenNlpNameFinderTrainer(NameFinderTrainingSettings.defaults())
                .train(encoded.samples());
        model.serialize(modelDirectory.resolve("en-ner-person.bin"));
        Files.copy(modelDirectory.resolve("en-ner-person.bin"), modelDirectory.resolve("en-ner-date.bin"));
    }

    private static OpenNlpPretrainedProvider providerWithSystemProperty(String value) {
        return new OpenNlpPretrainedProvider(new ModelDirectoryLocator(
                name -> name.equals(ModelDirectoryLocator.SYSTEM_PROPERTY) ? value : null, name -> null));
    }

    @Test
    void withNothingConfiguredItIsUnavailableAndSaysHowToConfigure() {
        OpenNlpPretrainedProvider provider = new OpenNlpPretrainedProvider(
                new ModelDirectoryLocator(name -> null, name -> null));
        Availability availability = provider.availability();
        assertThat(availability.isAvailable()).isFalse();
        assertThat(availability.reason()).startsWith("no name-finder models configured")
                .contains("newsbench.opennlp.models", "NEWSBENCH_OPENNLP_MODELS", "models.dir", "en-ner-person.bin");
        assertThatThrownBy(() -> provider.create(ProviderConfiguration.EMPTY))
                .isInstanceOf(ProviderException.class).hasMessageStartingWith("no name-finder models configured");
    }

    @Test
    void aDirectoryThatDoesNotExistIsUnavailableWithoutThrowing() {
        Availability availability = providerWithSystemProperty("/no/such/opennlp/models").availability();
        assertThat(availability.isAvailable()).isFalse();
        assertThat(availability.reason()).contains("/no/such/opennlp/models");
    }

    @Test
    void theEnvironmentVariableAlsoNamesTheDirectory() {
        OpenNlpPretrainedProvider provider = new OpenNlpPretrainedProvider(new ModelDirectoryLocator(name -> null,
                name -> name.equals(ModelDirectoryLocator.ENVIRONMENT_VARIABLE) ? modelDirectory.toString() : null));
        assertThat(provider.availability()).isEqualTo(Availability.available());
    }

    @Test
    void loadsTheSavedModelFromTheDirectoryAndTagsWithTheMappedType() throws Exception {
        OpenNlpPretrainedProvider provider = providerWithSystemProperty(modelDirectory.toString());
        assertThat(provider.availability()).isEqualTo(Availability.available());
        Annotator annotator = provider.create(ProviderConfiguration.EMPTY);
        try {
            Document document = CorpusDocuments.load(CorpusDocuments.IDS.get(0));
            List<EntityMention> mentions = ((EntityAnnotator) annotator).annotateEntities(document);
            assertThat(mentions).isNotEmpty().allMatch(mention -> mention.type().equals("PERSON"));
            assertThat(mentions).extracting(EntityMention::text).contains("Andrey Yusov");
            mentions.forEach(m -> assertThat(document.offsets().slice(m.span())).isEqualTo(m.text()));
            assertThat(((SentenceSplitter) annotator).sentences(document)).hasSizeGreaterThan(10);
            assertThat(annotator.diagnostics().notes())
                    .anyMatch(note -> note.startsWith("loaded en-ner-person.bin as PERSON"))
                    .anyMatch(note -> note.startsWith("skipped en-ner-date.bin"));
        } finally {
            annotator.close();
        }
    }

    @Test
    void theConfigurationKeyWinsAndAUserMappingReplacesTheBundledOne(@TempDir Path other) throws Exception {
        Path mapping = other.resolve("my-mapping.properties");
        Files.writeString(mapping, "en-ner-person.bin=MISC\n");
        OpenNlpPretrainedProvider provider = providerWithSystemProperty("/no/such/opennlp/models");
        Annotator annotator = provider.create(ProviderConfiguration.of(Map.of(
                "models.dir", modelDirectory.toString(), "labelMapping", mapping.toString())));
        try {
            List<EntityMention> mentions = ((EntityAnnotator) annotator)
                    .annotateEntities(CorpusDocuments.load(CorpusDocuments.IDS.get(0)));
            assertThat(mentions).isNotEmpty().allMatch(mention -> mention.type().equals("MISC"));
        } finally {
            annotator.close();
        }
    }

    @Test
    void aMappingThatGivesNoLoadedFileATypeIsRejected(@TempDir Path other) throws Exception {
        Path mapping = other.resolve("dates-only.properties");
        Files.writeString(mapping, "en-ner-person.bin=\n");
        assertThatThrownBy(() -> providerWithSystemProperty(modelDirectory.toString())
                .create(ProviderConfiguration.of(Map.of("labelMapping", mapping.toString()))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("no name-finder models configured");
    }

    @Test
    void aFileThatIsNotAModelIsAProviderErrorNamingIt(@TempDir Path broken) throws Exception {
        Files.writeString(broken.resolve("en-ner-person.bin"), "not a model");
        assertThatThrownBy(() -> providerWithSystemProperty(broken.toString()).create(ProviderConfiguration.EMPTY))
                .isInstanceOf(ProviderException.class).hasMessageContaining("en-ner-person.bin");
    }

    @Test
    void unknownConfigurationKeysAreRejected() {
        assertThatThrownBy(() -> providerWithSystemProperty(modelDirectory.toString())
                .create(ProviderConfiguration.of(Map.of("model.dir", "x"))))
                .isInstanceOf(ProviderException.class).hasMessageContaining("model.dir");
    }

    /** The same person model saved as the person and the organization file: every name is claimed twice. */
    @Test
    void overlappingMentionsOfTwoModelsAreResolvedAndCountedOrAllKept(@TempDir Path twoModels) throws Exception {
        Files.copy(modelDirectory.resolve("en-ner-person.bin"), twoModels.resolve("en-ner-person.bin"));
        Files.copy(modelDirectory.resolve("en-ner-person.bin"), twoModels.resolve("en-ner-organization.bin"));
        Document heldOut = CorpusDocuments.all().get(0);
        var resolved = (OpenNlpPretrainedEntityAnnotator) new OpenNlpPretrainedProvider()
                .create(ProviderConfiguration.of(Map.of("models.dir", twoModels.toString())));
        var all = (OpenNlpPretrainedEntityAnnotator) new OpenNlpPretrainedProvider().create(ProviderConfiguration.of(
                Map.of("models.dir", twoModels.toString(), "resolve.overlaps", "false")));

        List<EntityMention> kept = resolved.annotateEntities(heldOut);
        List<EntityMention> everything = all.annotateEntities(heldOut);
        assertThat(kept).isNotEmpty();
        assertThat(everything).hasSize(2 * kept.size());
        assertThat(everything).extracting(EntityMention::type).containsOnly("PERSON", "ORGANIZATION");
        for (int i = 1; i < kept.size(); i++) {
            assertThat(kept.get(i).span().overlaps(kept.get(i - 1).span())).isFalse();
        }
        assertThat(resolved.diagnostics().notes()).contains("resolve.overlaps=true: " + kept.size()
                + " overlapping mention(s) dropped (the longer span kept, then the earlier)");
        assertThat(all.diagnostics().notes()).contains(
                "resolve.overlaps=false: 0 overlapping mention(s) dropped (the longer span kept, then the earlier)");
    }
}
