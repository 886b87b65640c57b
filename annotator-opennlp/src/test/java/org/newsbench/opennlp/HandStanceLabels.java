package org.newsbench.opennlp;

import java.util.ArrayList;
import java.util.List;

import org.newsbench.api.Document;
import org.newsbench.api.LabelledStance;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceLabel;
import org.newsbench.api.StanceTarget;

/**
 * Stance labels for a few corpus sentences, written by reading them (ANNOTATION-SPEC.md), for tests and the
 * benchmark: every sentence (as the UD detector splits it) gets one row per target, NONE unless listed here.
 */
public final class HandStanceLabels {

    public static final StanceTarget UKRAINE = new StanceTarget("UKRAINE", List.of("Ukraine", "Ukrainian", "Kiev",
            "Kyiv"));
    public static final StanceTarget MALI = new StanceTarget("MALI", List.of("Mali", "Malian", "Bamako"));
    public static final StanceTarget RUSSIA = new StanceTarget("RUSSIA", List.of("Russia", "Russian", "Moscow",
            "Wagner"));
    public static final List<StanceTarget> TARGETS = List.of(UKRAINE, MALI, RUSSIA);

    /** A sentence (found by a phrase in it), a target and the label read for it. */
    private record Row(String docId, String phrase, StanceTarget target, StanceLabel label) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("000_fec9100097241395", "citing Ukraine's alleged support for Tuareg rebels", UKRAINE,
                    StanceLabel.AGAINST),
            new Row("000_fec9100097241395", "successful military operation against Russian war criminals", RUSSIA,
                    StanceLabel.AGAINST),
            new Row("000_fec9100097241395", "expressed shock over Kiev", UKRAINE, StanceLabel.AGAINST),
            new Row("000_fec9100097241395", "clear official support from the Ukrainian Government for terrorism",
                    UKRAINE, StanceLabel.AGAINST),
            new Row("000_fec9100097241395", "violate the sovereignty of Mali", UKRAINE, StanceLabel.AGAINST),
            new Row("000_fec9100097241395", "endorsing Moscow's warnings", UKRAINE, StanceLabel.AGAINST),
            new Row("000_fec9100097241395", "endorsing Moscow's warnings", RUSSIA, StanceLabel.FAVOR),
            new Row("001_f23d0374e383327e", "Kiev called the move short-sighted.", MALI, StanceLabel.AGAINST),
            new Row("001_f23d0374e383327e", "The rebels received the necessary information", RUSSIA,
                    StanceLabel.AGAINST),
            new Row("001_f23d0374e383327e", "denounced Ukraine for supporting JINM", UKRAINE, StanceLabel.AGAINST),
            new Row("001_f23d0374e383327e", "Mali condemns the hostility of the authorities of Ukraine", UKRAINE,
                    StanceLabel.AGAINST),
            new Row("001_f23d0374e383327e", "It is regrettable that", MALI, StanceLabel.AGAINST),
            new Row("002_7720f7d8ad8d4f8e", "Colonel Maiga condemned Ukraine", UKRAINE, StanceLabel.AGAINST),
            new Row("002_7720f7d8ad8d4f8e", "views these acts as severe violations of its sovereignty", UKRAINE,
                    StanceLabel.AGAINST),
            new Row("002_7720f7d8ad8d4f8e", "reaffirmed Russia\u2019s support for Mali", MALI, StanceLabel.FAVOR),
            new Row("003_ec6aab1b09965471", "citing alleged support for terrorist group", UKRAINE,
                    StanceLabel.AGAINST),
            new Row("003_ec6aab1b09965471", "strongly criticized Mali\u2019s decision", MALI, StanceLabel.AGAINST),
            new Row("003_ec6aab1b09965471", "notorious for their extensive record of war crimes", RUSSIA,
                    StanceLabel.AGAINST));

    private HandStanceLabels() {
    }

    /** Every sentence of {@code document} against every target, labelled. */
    public static List<LabelledStance> of(Document document, OpenNlpTextSegmenter segmenter) {
        List<LabelledStance> rows = new ArrayList<>();
        for (Span sentence : segmenter.sentences(document)) {
            String text = document.offsets().slice(sentence);
            for (StanceTarget target : TARGETS) {
                StanceLabel label = ROWS.stream()
                        .filter(row -> row.docId().equals(document.id()) && row.target().equals(target)
                                && text.contains(row.phrase()))
                        .map(Row::label).findFirst().orElse(StanceLabel.NONE);
                rows.add(new LabelledStance(new StanceInstance(document.id(), sentence, target), label,
                        label == StanceLabel.NONE ? "" : "AUTHOR"));
            }
        }
        return rows;
    }

    /** The rows of all {@code documents}. */
    public static List<LabelledStance> of(List<Document> documents, OpenNlpTextSegmenter segmenter) {
        List<LabelledStance> rows = new ArrayList<>();
        documents.forEach(document -> rows.addAll(of(document, segmenter)));
        return rows;
    }
}
