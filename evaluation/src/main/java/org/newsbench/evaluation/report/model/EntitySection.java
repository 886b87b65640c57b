package org.newsbench.evaluation.report.model;

import java.util.List;

/**
 * The entity task: which providers ran it, the gold types, their counts per schema, strict F1 per document and the
 * significance tests. Headline and per-type figures are in {@link ReportModel#scores()}.
 *
 * @param providers provider ids that ran the task, sorted
 * @param types     the gold entity types, sorted
 * @param counts    per provider (as in {@code providers}), one row per schema
 * @param documents one row per gold document, in corpus order
 * @param typesNoProviderPredicted gold types that no provider predicted even once: all their mentions are missed
 */
public record EntitySection(List<String> providers, List<String> types, List<SchemaCountsRow> counts,
                            List<DocumentRow> documents, SignificanceTable significance,
                            List<String> typesNoProviderPredicted) {

    public EntitySection {
        providers = List.copyOf(providers);
        types = List.copyOf(types);
        counts = List.copyOf(counts);
        documents = List.copyOf(documents);
        typesNoProviderPredicted = List.copyOf(typesNoProviderPredicted);
    }

    /**
     * Strict micro-F1 of every provider on one document.
     *
     * @param cells one per provider, in the order of {@link EntitySection#providers()}
     */
    public record DocumentRow(String docId, int goldMentions, List<DocumentCell> cells) {

        public DocumentRow {
            cells = List.copyOf(cells);
        }
    }
}
