package org.newsbench.evaluation.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.newsbench.api.AnnotatorDiagnostics;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StancePrediction;
import org.newsbench.evaluation.io.AtomicFileWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Annotations on disk, one JSON file per provider and document, so that a second run re-scores without
 * re-annotating. The key ({@link #key}) covers everything the output depends on: the provider's id, own version,
 * library version and code (a hash of its jar), its configuration, the task, the document's content, the stance questions asked, and for a
 * trainable provider the training documents with their gold. A changed input is a different key, never a stale hit.
 * An unreadable entry is treated as a miss.
 */
public final class AnnotationCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    /** {@code directory} null disables the cache. */
    public AnnotationCache(Path directory) {
        this.directory = directory;
    }

    public static AnnotationCache disabled() {
        return new AnnotationCache(null);
    }

    /** SHA-256 over the parts, each length-prefixed so that no two part lists collide by concatenation. */
    public static String key(List<String> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Stored entity mentions for {@code key}, with each mention's text re-sliced from the document. */
    public Optional<List<EntityMention>> entities(String providerId, String key, Document document) {
        return read(providerId, key, CachedEntities.class).map(cached -> {
            var offsets = document.offsets();
            List<EntityMention> mentions = new ArrayList<>();
            for (CachedMention mention : cached.mentions()) {
                Span span = new Span(mention.start(), mention.end());
                // Entries written before source labels were kept have none: the type stands in, as for gold.
                String sourceLabel = mention.sourceLabel() == null ? mention.type() : mention.sourceLabel();
                mentions.add(new EntityMention(document.id(), span, mention.type(), offsets.slice(span), sourceLabel));
            }
            return mentions;
        });
    }

    /** Stored stance predictions for {@code key}, matched to {@code instances} by position. */
    public Optional<List<StancePrediction>> stances(String providerId, String key, List<StanceInstance> instances) {
        return read(providerId, key, CachedStances.class)
                .filter(cached -> cached.labels().size() == instances.size())
                .map(cached -> {
                    List<StancePrediction> predictions = new ArrayList<>();
                    for (int i = 0; i < instances.size(); i++) {
                        CachedLabel label = cached.labels().get(i);
                        predictions.add(new StancePrediction(instances.get(i), label.label(),
                                label.confidence() == null ? OptionalDouble.empty()
                                        : OptionalDouble.of(label.confidence())));
                    }
                    return predictions;
                });
    }

    public void putEntities(String providerId, String key, List<EntityMention> mentions) {
        write(providerId, key, new CachedEntities(mentions.stream()
                .map(m -> new CachedMention(m.span().start(), m.span().end(), m.type(), m.sourceLabel())).toList()));
    }

    public void putStances(String providerId, String key, List<StancePrediction> predictions) {
        write(providerId, key, new CachedStances(predictions.stream()
                .map(p -> new CachedLabel(p.label(), p.confidence().isPresent() ? p.confidence().getAsDouble() : null))
                .toList()));
    }

    /** Stored diagnostics of a run that annotated every document of {@code key}'s set. */
    public Optional<AnnotatorDiagnostics> diagnostics(String providerId, String key) {
        return read(providerId, key, CachedDiagnostics.class)
                .map(cached -> new AnnotatorDiagnostics(cached.droppedLabels(), cached.notes()));
    }

    public void putDiagnostics(String providerId, String key, AnnotatorDiagnostics diagnostics) {
        write(providerId, key, new CachedDiagnostics(diagnostics.droppedLabels(), diagnostics.notes()));
    }

    private <T> Optional<T> read(String providerId, String key, Class<T> type) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = file(providerId, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    private void write(String providerId, String key, Object value) {
        if (directory == null) {
            return;
        }
        try {
            AtomicFileWriter.write(file(providerId, key), JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a cache entry", e);
        } catch (IOException e) {
            // A cache that cannot be written costs time on the next run, nothing else.
            System.err.println("warning: cannot write the annotation cache under " + directory + ": " + e);
        }
    }

    private Path file(String providerId, String key) {
        return directory.resolve(providerId.replaceAll("[^A-Za-z0-9._-]", "_")).resolve(key + ".json");
    }

    /** {@code sourceLabel} is null in entries written before it was stored. */
    record CachedMention(int start, int end, String type, String sourceLabel) {
    }

    record CachedEntities(List<CachedMention> mentions) {
    }

    record CachedLabel(StanceLabel label, Double confidence) {
    }

    record CachedStances(List<CachedLabel> labels) {
    }

    record CachedDiagnostics(Map<String, Long> droppedLabels, List<String> notes) {
    }
}
