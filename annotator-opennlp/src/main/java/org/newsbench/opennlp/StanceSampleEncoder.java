package org.newsbench.opennlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.doccat.DocumentSample;

import org.newsbench.api.StanceTarget;

/**
 * Turns a stance question (a sentence's text and a target) into what OpenNLP's document categorizer takes: the
 * sentence's UD tokens, lower-cased (a handful of training documents cannot afford separate features for
 * {@code Condemns} and {@code condemns}), and the target with whether its aliases occur, as extra information for
 * {@link StanceTargetFeatureGenerator}.
 */
public final class StanceSampleEncoder {

    private final OpenNlpTextSegmenter segmenter;

    public StanceSampleEncoder(OpenNlpTextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The question's tokens and extra information. */
    public record EncodedQuestion(String[] tokens, Map<String, Object> extraInformation) {
    }

    /** Encodes the question: what does {@code sentence} say of {@code target}? */
    public EncodedQuestion encode(String sentence, StanceTarget target) {
        String[] tokens = segmenter.tokens(sentence, 0, sentence.length()).stream()
                .map(token -> token.text().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        Map<String, Object> extra = Map.of(StanceTargetFeatureGenerator.TARGET_KEY, target.id(),
                StanceTargetFeatureGenerator.MENTIONED_KEY, mentions(sentence, target.aliases()));
        return new EncodedQuestion(tokens, extra);
    }

    /** A training sample: the question and its gold label. */
    public DocumentSample sample(String sentence, StanceTarget target, String label) {
        EncodedQuestion question = encode(sentence, target);
        return new DocumentSample(label, question.tokens(), question.extraInformation());
    }

    /** Whether one of {@code aliases} occurs in {@code sentence} as whole words, ignoring case. */
    static boolean mentions(String sentence, List<String> aliases) {
        String haystack = sentence.toLowerCase(Locale.ROOT);
        for (String alias : aliases) {
            String needle = alias.toLowerCase(Locale.ROOT).trim();
            if (needle.isEmpty()) {
                continue;
            }
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
                boolean endsWord = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
            }
        }
        return false;
    }
}
