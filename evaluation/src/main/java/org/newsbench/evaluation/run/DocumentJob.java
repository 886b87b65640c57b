package org.newsbench.evaluation.run;

import java.util.List;
import java.util.Optional;

import org.newsbench.api.Document;
import org.newsbench.api.StanceInstance;

/**
 * One document to annotate in one fold, with what is known of it before any model loads.
 *
 * @param cacheKey      the annotation cache's key for this document's output
 * @param goldQuestions the stance questions when they come from the gold (asked once, used for the key, the cache
 *                      lookup and the annotation); empty when the annotator must ask them (its own sentences), or
 *                      asking failed, which the annotation step then reports
 */
public record DocumentJob(Document document, Fold fold, String cacheKey, Optional<List<StanceInstance>> goldQuestions) {
}
