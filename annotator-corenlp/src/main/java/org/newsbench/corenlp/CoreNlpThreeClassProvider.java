package org.newsbench.corenlp;

/** Provider {@code corenlp-3class}: see {@link CoreNlpNerVariant#THREE_CLASS}. */
public final class CoreNlpThreeClassProvider extends CoreNlpEntityProvider {

    public CoreNlpThreeClassProvider() {
        super(CoreNlpNerVariant.THREE_CLASS);
    }
}
