package org.newsbench.evaluation.scoring;

/**
 * Over what a figure is computed. Entities: {@link #MICRO}, {@link #MACRO}, one {@link EntityType} or one
 * {@link Document}; stance: {@link #ALL_TARGETS} or one {@link Target}. {@link #label()} is the scope column of
 * {@code scores.csv}.
 */
public sealed interface ScoreScope {

    /** Micro-average over all mentions. */
    ScoreScope MICRO = new Pooled("micro");
    /** Macro-average over the entity types. */
    ScoreScope MACRO = new Pooled("macro");
    /** Every stance target pooled. */
    ScoreScope ALL_TARGETS = new Pooled("all");

    /**
     * As in {@code scores.csv}: {@code micro}, {@code macro}, {@code PERSON}, {@code doc:<id>}, {@code all},
     * {@code target:<id>}.
     */
    String label();

    static ScoreScope type(String type) {
        return new EntityType(type);
    }

    static ScoreScope document(String docId) {
        return new Document(docId);
    }

    static ScoreScope target(String targetId) {
        return new Target(targetId);
    }

    /** An average or pool over every unit: {@link #MICRO}, {@link #MACRO}, {@link #ALL_TARGETS}. */
    record Pooled(String label) implements ScoreScope {
    }

    /** The mentions of one entity type. */
    record EntityType(String type) implements ScoreScope {
        @Override
        public String label() {
            return type;
        }
    }

    /** The mentions of one document. */
    record Document(String docId) implements ScoreScope {
        @Override
        public String label() {
            return "doc:" + docId;
        }
    }

    /** The stance instances of one target. */
    record Target(String targetId) implements ScoreScope {
        @Override
        public String label() {
            return "target:" + targetId;
        }
    }
}
