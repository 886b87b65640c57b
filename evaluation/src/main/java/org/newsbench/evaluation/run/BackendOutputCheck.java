package org.newsbench.evaluation.run;

import java.util.List;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.CodePointOffsets;
import org.newsbench.api.Document;
import org.newsbench.api.EntityMention;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;

/**
 * Rejects backend output that breaks the API's contract, so that a wrong answer fails its document with a reason
 * instead of being scored: mentions of another document, offsets outside the text, text that is not the slice, and
 * stance answers that do not match the questions one for one.
 */
public final class BackendOutputCheck {

    private BackendOutputCheck() {
    }

    /** The mentions, copied, if each lies inside {@code document} and carries the text it covers. */
    public static List<EntityMention> checkedEntities(Document document, List<EntityMention> mentions)
            throws AnnotationException {
        if (mentions == null) {
            throw new AnnotationException("returned null instead of a list of mentions");
        }
        CodePointOffsets offsets = document.offsets();
        for (EntityMention mention : mentions) {
            if (!mention.docId().equals(document.id())) {
                throw new AnnotationException("returned a mention of document '" + mention.docId() + "'");
            }
            if (mention.span().end() > offsets.codePointLength()) {
                throw new AnnotationException("returned mention " + mention.span() + " '" + mention.text()
                        + "' past the end of the text (" + offsets.codePointLength() + " code points)");
            }
            String actual = offsets.slice(mention.span());
            if (!actual.equals(mention.text())) {
                throw new AnnotationException("returned mention " + mention.span() + " with text '" + mention.text()
                        + "' but the document has '" + actual + "' there");
            }
        }
        return List.copyOf(mentions);
    }

    /** The predictions, copied, if there is exactly one per question, in the questions' order. */
    public static List<StancePrediction> checkedStances(List<StanceInstance> asked, List<StancePrediction> predictions)
            throws AnnotationException {
        if (predictions == null || predictions.size() != asked.size()) {
            throw new AnnotationException("returned " + (predictions == null ? "null" : predictions.size())
                    + " stance predictions for " + asked.size() + " questions");
        }
        for (int i = 0; i < asked.size(); i++) {
            if (!predictions.get(i).instance().equals(asked.get(i))) {
                throw new AnnotationException("stance prediction " + (i + 1) + " answers " + predictions.get(i)
                        .instance() + " instead of " + asked.get(i));
            }
        }
        return List.copyOf(predictions);
    }
}
