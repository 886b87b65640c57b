package org.newsbench.evaluation.report.model;

import java.util.List;

/**
 * The entity task: which providers ran it, the gold types, their counts per schema, strict F1 per document and the
 * significance tests. Headline and per-type figures are in {@link ReportModel#scores()}.
 *
 * @param providers      provider ids that ran the task, sorted
 * @param types          the gold entity types, sorted
 * @param counts         per provider (as in {@code providers}), one row per schema
 * @param documents      one row per gold document, in corpus order (report.json lists them all)
 * @param documentTable  the rows report.md and report.html show, chosen once so that both show the same
 * @param typesNoProviderPredicted gold types that no provider predicted even once: all their mentions are missed
 */
public record EntitySection(List<String> providers, List<String> types, List<SchemaCountsRow> counts,
                            List<DocumentRow> documents, DocumentTable documentTable, SignificanceTable significance,
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

    /**
     * The per-document table of the human-readable reports: one row per document, one column per provider. On a
     * small corpus every document in corpus order; on a large one only the documents with the lowest mean strict F1
     * over the providers, worst first, because those are where a reader finds the errors behind the figures.
     *
     * @param rows     the rows shown
     * @param notShown how many documents the table leaves out; 0 when it shows every document in corpus order
     */
    public record DocumentTable(List<DocumentRow> rows, int notShown) {

        public DocumentTable {
            rows = List.copyOf(rows);
            if (notShown < 0) {
                throw new IllegalArgumentException("notShown < 0: " + notShown);
            }
        }

        /** Every document, in corpus order. */
        public static DocumentTable all(List<DocumentRow> rows) {
            return new DocumentTable(rows, 0);
        }

        /** Whether the rows are the lowest-mean selection rather than every document. */
        public boolean isSelection() {
            return notShown > 0;
        }
    }
}
