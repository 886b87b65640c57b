package org.newsbench.corenlp;

import java.util.List;
import java.util.Locale;

import org.newsbench.api.StanceTarget;

/**
 * Whether a sentence mentions a stance target: one of the target's aliases occurs in it, matched case-sensitively
 * on word boundaries ("Mali" matches "Mali's" but not "Malian"). A target without aliases is matched by its id in
 * title case ({@code UKRAINE} -> "Ukraine").
 */
final class TargetMentionMatcher {

    private TargetMentionMatcher() {
    }

    static boolean mentions(String sentence, StanceTarget target) {
        return names(target).stream().anyMatch(name -> occursAsWord(sentence, name));
    }

    private static List<String> names(StanceTarget target) {
        if (!target.aliases().isEmpty()) {
            return target.aliases();
        }
        String id = target.id().toLowerCase(Locale.ROOT);
        return List.of(id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1));
    }

    private static boolean occursAsWord(String sentence, String name) {
        if (name.isBlank()) {
            return false;
        }
        for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(sentence.codePointBefore(at));
            boolean endsWord = end == sentence.length() || !Character.isLetterOrDigit(sentence.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
