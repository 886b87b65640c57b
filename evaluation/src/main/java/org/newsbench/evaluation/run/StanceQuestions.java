package org.newsbench.evaluation.run;

import java.util.ArrayList;
import java.util.List;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.Annotator;
import org.newsbench.api.Document;
import org.newsbench.api.SentenceSplitter;
import org.newsbench.api.Span;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StanceTarget;
import org.newsbench.evaluation.gold.GoldCorpus;

/** Which stance questions (sentence × target) a provider is asked for a document. */
public interface StanceQuestions {

    /** The questions for {@code document}; {@code annotator} is the provider's, for its own sentence splitting. */
    List<StanceInstance> questionsFor(Document document, Annotator annotator) throws AnnotationException;

    /** Whether the questions depend on the annotator; if not, they can be known before any model is loaded. */
    boolean needsAnnotator();

    /** The gold sentences and targets: every provider is asked the same questions. */
    static StanceQuestions fromGold(GoldCorpus gold) {
        return new StanceQuestions() {
            @Override
            public List<StanceInstance> questionsFor(Document document, Annotator annotator) {
                return gold.stanceInstancesOf(document.id());
            }

            @Override
            public boolean needsAnnotator() {
                return false;
            }
        };
    }

    /** For a corpus without gold: the backend's own sentences (it must be a {@link SentenceSplitter}) × the targets. */
    static StanceQuestions fromBackendSentences(List<StanceTarget> targets) {
        return new BackendSentences(targets);
    }

    /** The backend's own sentences × {@code targets}; a record, so that an engine can ship the targets. */
    record BackendSentences(List<StanceTarget> targets) implements StanceQuestions {

        public BackendSentences {
            targets = List.copyOf(targets);
        }

        @Override
        public List<StanceInstance> questionsFor(Document document, Annotator annotator) throws AnnotationException {
            if (targets.isEmpty()) {
                return List.of(); // nothing to ask, so no sentences are needed
            }
            if (!(annotator instanceof SentenceSplitter splitter)) {
                throw new AnnotationException("the provider splits no sentences (it does not implement "
                        + "SentenceSplitter), so it cannot be asked stance questions without gold sentences");
            }
            List<StanceInstance> instances = new ArrayList<>();
            for (Span sentence : splitter.sentences(document)) {
                for (StanceTarget target : targets) {
                    instances.add(new StanceInstance(document.id(), sentence, target));
                }
            }
            return instances;
        }

        @Override
        public boolean needsAnnotator() {
            return true;
        }
    }
}
