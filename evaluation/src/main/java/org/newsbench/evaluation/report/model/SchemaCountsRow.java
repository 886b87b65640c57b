package org.newsbench.evaluation.report.model;

import org.newsbench.evaluation.metrics.EntityCounts;
import org.newsbench.evaluation.metrics.MatchSchema;

/** A provider's entity counts summed over all documents under one schema, with the scores they give. */
public record SchemaCountsRow(String provider, MatchSchema schema, EntityCounts counts, double precision,
                              double recall, double f1) {
}
