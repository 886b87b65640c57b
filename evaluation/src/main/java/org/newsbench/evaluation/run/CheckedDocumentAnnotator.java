package org.newsbench.evaluation.run;

import java.util.List;
import java.util.Set;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.Annotator;
import org.newsbench.api.EntityAnnotator;
import org.newsbench.api.StanceAnnotator;
import org.newsbench.api.StanceInstance;
import org.newsbench.api.StancePrediction;
import org.newsbench.api.Task;
import org.newsbench.api.EntityMention;

/** Asks a built annotator for one document's output on the selected tasks, and checks it against the contract. */
final class CheckedDocumentAnnotator {

    private final Annotator annotator;
    private final Set<Task> tasks;
    private final StanceQuestions questions;

    CheckedDocumentAnnotator(Annotator annotator, Set<Task> tasks, StanceQuestions questions) {
        this.annotator = annotator;
        this.tasks = Set.copyOf(tasks);
        this.questions = questions;
    }

    /** @throws Exception whatever the backend throws, or {@link AnnotationException} for output that breaks the API */
    DocumentAnnotations annotate(DocumentJob job) throws Exception {
        List<EntityMention> entities = List.of();
        List<StancePrediction> stances = List.of();
        if (tasks.contains(Task.ENTITIES)) {
            entities = BackendOutputCheck.checkedEntities(job.document(),
                    ((EntityAnnotator) annotator).annotateEntities(job.document()));
        }
        if (tasks.contains(Task.STANCE)) {
            List<StanceInstance> asked = job.goldQuestions().isPresent() ? job.goldQuestions().get()
                    : questions.questionsFor(job.document(), annotator);
            stances = BackendOutputCheck.checkedStances(asked,
                    ((StanceAnnotator) annotator).predictStance(job.document(), asked));
        }
        return new DocumentAnnotations(entities, stances);
    }
}
