package org.newsbench.evaluation.run;

/** Told of each document a provider finishes, to drive a progress bar. */
public interface AnnotationProgress {

    AnnotationProgress SILENT = new AnnotationProgress() {
        @Override
        public void start(String providerId, int documents) {
        }

        @Override
        public void documentDone(String providerId) {
        }

        @Override
        public void finish(String providerId) {
        }
    };

    void start(String providerId, int documents);

    void documentDone(String providerId);

    void finish(String providerId);
}
