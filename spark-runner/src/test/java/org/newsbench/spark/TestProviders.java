package org.newsbench.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.TaskContext;
import org.newsbench.api.Annotator;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.Task;
import org.newsbench.api.spi.AnnotatorProvider;
import org.newsbench.api.spi.Availability;
import org.newsbench.api.spi.ProviderConfiguration;
import org.newsbench.api.spi.ProviderDescriptor;

/** Providers for the engine's tests, found by ServiceLoader on executors like real ones (test resources list them). */
final class TestProviders {

    private TestProviders() {
    }

    /** Tags every capitalised word as MISC: output easy to predict in a test. */
    static List<EntityMention> capitalisedWords(Document document) {
        CodePointOffsets offsets = document.offsets();
        List<EntityMention> mentions = new ArrayList<>();
        Matcher word = Pattern.compile("\\b\\p{Lu}\\p{L}*").matcher(document.text());
        while (word.find()) {
            mentions.add(EntityMention.of(document, offsets, offsets.spanOfUtf16(word.start(), word.end()), "MISC"));
        }
        return mentions;
    }

    /**
     * {@code test-brittle}: throws on a document holding {@code BOOM}, returns a mention past the end of one holding
     * {@code PAST-END}; counts how often this JVM built it.
     */
    public static final class Brittle implements AnnotatorProvider {

        static final AtomicInteger CREATED = new AtomicInteger();

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("test-brittle", "test: fails on some documents", "none", "-",
                    Set.of(Task.ENTITIES), false);
        }

        @Override
        public Availability availability() {
            return Availability.available();
        }

        @Override
        public Annotator create(ProviderConfiguration configuration) {
            CREATED.incrementAndGet();
            return (EntityAnnotator) document -> {
                if (document.text().contains("BOOM")) {
                    throw new IllegalStateException("backend exploded on " + document.id());
                }
                if (document.text().contains("PAST-END")) {
                    return List.of(new EntityMention(document.id(), new Span(0, 100_000), "MISC", "x"));
                }
                return capitalisedWords(document);
            };
        }
    }

    /** {@code test-hangs}: never returns on a document holding {@code HANG}, until its thread is interrupted. */
    public static final class Hangs implements AnnotatorProvider {

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("test-hangs", "test: hangs on some documents", "none", "-",
                    Set.of(Task.ENTITIES), false);
        }

        @Override
        public Availability availability() {
            return Availability.available();
        }

        @Override
        public Annotator create(ProviderConfiguration configuration) {
            return (EntityAnnotator) document -> {
                if (document.text().contains("HANG")) {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted on " + document.id());
                    }
                }
                return capitalisedWords(document);
            };
        }
    }

    /**
     * {@code test-flaky-task}: the first attempt of every Spark task dies with an {@link Error}, later ones work;
     * {@code test-flaky-task.always=true}: every attempt dies.
     */
    public static final class FlakyTask implements AnnotatorProvider {

        static final AtomicInteger INJECTED_FAILURES = new AtomicInteger();

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("test-flaky-task", "test: first task attempts die", "none", "-",
                    Set.of(Task.ENTITIES), false);
        }

        @Override
        public Availability availability() {
            return Availability.available();
        }

        @Override
        public Annotator create(ProviderConfiguration configuration) {
            boolean always = Boolean.parseBoolean(configuration.get("always", "false"));
            return (EntityAnnotator) document -> {
                TaskContext task = TaskContext.get();
                if (task != null && (always || task.attemptNumber() == 0)) {
                    INJECTED_FAILURES.incrementAndGet();
                    throw new Error("injected: first attempt of task " + task.partitionId());
                }
                return capitalisedWords(document);
            };
        }
    }
}
