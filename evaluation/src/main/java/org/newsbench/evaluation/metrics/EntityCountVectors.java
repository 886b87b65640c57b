package org.newsbench.evaluation.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Vector layout of {@link EntityDocumentCounts}: for each schema, the five overall counts then five counts per type
 * (types sorted), followed by the two duplicate counts.
 */
final class EntityCountVectors implements CountVectorCodec<EntityDocumentCounts> {

    private static final MatchSchema[] SCHEMAS = MatchSchema.values();
    private static final int COUNTS = 5;

    @Override
    public Layout<EntityDocumentCounts> layoutFor(Collection<? extends EntityDocumentCounts> units) {
        TreeSet<String> types = new TreeSet<>();
        for (EntityDocumentCounts unit : units) {
            for (SchemaEntityCounts counts : unit.bySchema().values()) {
                types.addAll(counts.byType().keySet());
            }
        }
        return new TypeLayout(new ArrayList<>(types));
    }

    private static final class TypeLayout implements Layout<EntityDocumentCounts> {
        private final List<String> types;
        private final Map<String, Integer> typeIndex = new HashMap<>();
        private final int schemaStride;

        TypeLayout(List<String> types) {
            this.types = types;
            for (int i = 0; i < types.size(); i++) {
                typeIndex.put(types.get(i), i);
            }
            this.schemaStride = COUNTS * (1 + types.size());
        }

        @Override
        public int dimension() {
            return SCHEMAS.length * schemaStride + 2;
        }

        @Override
        public void addTo(EntityDocumentCounts counts, long[] target) {
            for (MatchSchema schema : SCHEMAS) {
                SchemaEntityCounts schemaCounts = counts.schema(schema);
                int base = schema.ordinal() * schemaStride;
                add(schemaCounts.overall(), target, base);
                for (Map.Entry<String, EntityCounts> entry : schemaCounts.byType().entrySet()) {
                    Integer index = typeIndex.get(entry.getKey());
                    if (index == null) {
                        throw new IllegalArgumentException("type " + entry.getKey() + " is not in this layout");
                    }
                    add(entry.getValue(), target, base + COUNTS * (1 + index));
                }
            }
            target[SCHEMAS.length * schemaStride] += counts.duplicatePredictions();
            target[SCHEMAS.length * schemaStride + 1] += counts.duplicateGold();
        }

        @Override
        public EntityDocumentCounts decode(long[] sum) {
            EnumMap<MatchSchema, SchemaEntityCounts> bySchema = new EnumMap<>(MatchSchema.class);
            for (MatchSchema schema : SCHEMAS) {
                int base = schema.ordinal() * schemaStride;
                SortedMap<String, EntityCounts> byType = new TreeMap<>();
                for (int i = 0; i < types.size(); i++) {
                    EntityCounts typeCounts = read(sum, base + COUNTS * (1 + i));
                    // A type is present iff it had a mention, and then one of its counts is > 0.
                    if (!typeCounts.isZero()) {
                        byType.put(types.get(i), typeCounts);
                    }
                }
                bySchema.put(schema, new SchemaEntityCounts(schema, read(sum, base), byType));
            }
            return new EntityDocumentCounts(bySchema, Math.toIntExact(sum[SCHEMAS.length * schemaStride]),
                    Math.toIntExact(sum[SCHEMAS.length * schemaStride + 1]));
        }

        private static void add(EntityCounts counts, long[] target, int at) {
            target[at] += counts.cor();
            target[at + 1] += counts.inc();
            target[at + 2] += counts.par();
            target[at + 3] += counts.mis();
            target[at + 4] += counts.spu();
        }

        private static EntityCounts read(long[] sum, int at) {
            return new EntityCounts(Math.toIntExact(sum[at]), Math.toIntExact(sum[at + 1]),
                    Math.toIntExact(sum[at + 2]), Math.toIntExact(sum[at + 3]), Math.toIntExact(sum[at + 4]));
        }
    }
}
