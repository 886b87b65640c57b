package org.newsbench.evaluation.run;

import java.util.Locale;

/** Whether a provider ran. */
public enum RunStatus {
    /** It ran; some documents may still have failed (see {@code failedDocuments}). */
    RAN,
    /** It reported itself unavailable (a missing model, a missing training gold), with the reason. */
    UNAVAILABLE,
    /** None of the tasks it serves was selected or has gold: there was nothing to ask it. */
    NOT_APPLICABLE,
    /** It could not be built or every document failed. */
    FAILED;

    /** The status in words, as reports show it: {@code ran}, {@code not applicable}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
