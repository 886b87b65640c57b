package org.newsbench.opennlp;

import org.newsbench.api.EntityMention;

/** A gold mention that could not be turned into name-finder training data, and why. */
public record UnencodableMention(EntityMention mention, String reason) {

    @Override
    public String toString() {
        return mention.docId() + " " + mention.span() + " '" + mention.text() + "' " + mention.type() + ": " + reason;
    }
}
