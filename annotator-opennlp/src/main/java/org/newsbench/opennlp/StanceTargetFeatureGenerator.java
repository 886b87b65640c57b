package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Doccat features that tie a sentence to the stance target it is asked about, read from the sample's extra
 * information (put there by {@link StanceSampleEncoder}): {@code target=UKRAINE}, whether one of the target's
 * aliases occurs in the sentence ({@code target=UKRAINE:mentioned=true}), and every token conjoined with the target
 * ({@code target=UKRAINE:bow=condemns}).
 *
 * <p>Why the conjunction: a maximum-entropy model is linear in its features, and the same sentence has a different
 * label for each target; plain bag-of-words features cannot tell the three questions about one sentence apart.
 */
public final class StanceTargetFeatureGenerator implements FeatureGenerator {

    /** Extra-information key holding the target id (a String). */
    public static final String TARGET_KEY = "newsbench.target";
    /** Extra-information key holding whether an alias of the target occurs in the sentence (a Boolean). */
    public static final String MENTIONED_KEY = "newsbench.targetMentioned";

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        Object target = extraInformation == null ? null : extraInformation.get(TARGET_KEY);
        if (target == null) {
            return List.of();
        }
        String prefix = "target=" + target;
        List<String> features = new ArrayList<>(text.length + 2);
        features.add(prefix);
        features.add(prefix + ":mentioned=" + extraInformation.get(MENTIONED_KEY));
        for (String token : text) {
            features.add(prefix + ":bow=" + token);
        }
        return features;
    }
}
