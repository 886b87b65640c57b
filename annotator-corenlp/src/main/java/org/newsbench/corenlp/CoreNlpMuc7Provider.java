package org.newsbench.corenlp;

/** Provider {@code corenlp-muc7}: see {@link CoreNlpNerVariant#MUC7}. */
public final class CoreNlpMuc7Provider extends CoreNlpEntityProvider {

    public CoreNlpMuc7Provider() {
        super(CoreNlpNerVariant.MUC7);
    }
}
