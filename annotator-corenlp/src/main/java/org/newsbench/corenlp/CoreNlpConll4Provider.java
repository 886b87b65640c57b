package org.newsbench.corenlp;

/** Provider {@code corenlp-conll4}: see {@link CoreNlpNerVariant#CONLL4}. */
public final class CoreNlpConll4Provider extends CoreNlpEntityProvider {

    public CoreNlpConll4Provider() {
        super(CoreNlpNerVariant.CONLL4);
    }
}
