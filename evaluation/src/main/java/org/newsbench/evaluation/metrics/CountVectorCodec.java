package org.newsbench.evaluation.metrics;

import java.util.Collection;

/**
 * Flattens additive counts of one kind into fixed-length {@code long} vectors and rebuilds them from a summed vector,
 * so that resampling loops add arrays instead of merging maps. For every layout and units {@code u1..un} it must hold
 * that {@code decode(vector(u1) + ... + vector(un))} equals {@code u1.plus(u2)...plus(un)}.
 *
 * @param <C> the counts type, such as {@link EntityDocumentCounts} or {@link StanceCounts}
 */
public interface CountVectorCodec<C> {

    /** A layout with a slot for every key (type, target...) that occurs in any of {@code units}. */
    Layout<C> layoutFor(Collection<? extends C> units);

    /** One fixed assignment of counts to vector slots. */
    interface Layout<C> {

        int dimension();

        /** Adds the vector of {@code counts} to {@code target}, whose length is {@link #dimension()}. */
        void addTo(C counts, long[] target);

        /** The counts whose vector is {@code sum}. */
        C decode(long[] sum);
    }
}
