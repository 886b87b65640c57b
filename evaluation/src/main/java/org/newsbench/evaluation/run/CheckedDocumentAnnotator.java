package org.newsbench.evaluation.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.Annotator;
import org.newsbench.api.Document;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Task;
import org.newsbench.api.EntityMention;

/** Asks a built annotator for one document's output on the selected tasks, and checks it against the contract. */
public final class CheckedDocumentAnnotator {

    private final Annotator annotator;
    private final Set<Task> tasks;
    private final StanceQuestions questions;

    public CheckedDocumentAnnotator(Annotator annotator, Set<Task> tasks, StanceQuestions questions) {
        this.annotator = annotator;
        this.tasks = Set.copyOf(tasks);
        this.questions = questions;
    }

    /** @throws Exception whatever the backend throws, or {@link AnnotationException} for output that breaks the API */
    public DocumentAnnotations annotate(DocumentJob job) throws Exception {
        return annotate(job.document(), job.goldQuestions());
    }

    /**
     * @param goldQuestions the document's stance questions from the gold; empty to ask {@link StanceQuestions}
     * @throws Exception whatever the backend throws, or {@link AnnotationException} for output that breaks the API
     */
    public DocumentAnnotations annotate(Document document, Optional<List<StanceInstance>> goldQuestions)
            throws Exception {
        List<EntityMention> entities = List.of();
        List<StancePrediction> stances = List.of();
        if (tasks.contains(Task.ENTITIES)) {
            entities = BackendOutputCheck.checkedEntities(document,
                    ((EntityAnnotator) annotator).annotateEntities(document));
        }
        if (tasks.contains(Task.STANCE)) {
            List<StanceInstance> asked = goldQuestions.isPresent() ? goldQuestions.get()
                    : questions.questionsFor(document, annotator);
            stances = BackendOutputCheck.checkedStances(asked,
                    ((StanceAnnotator) annotator).predictStance(document, asked));
        }
        return new DocumentAnnotations(entities, stances);
    }
}
