package org.newsbench.evaluation.external;

import org.newsbench.api.AnnotationException;
import org.newsbench.api.LabelMapping;
import org.newsbench.api.Trainable;
import org.newsbench.api.TrainingSet;

/** An external annotator declared {@code trainable=true}: each fit sends the fold's training documents with their gold. */
final class TrainableExternalAnnotator extends ExternalAnnotator implements Trainable {

    TrainableExternalAnnotator(BackendClient client, ExternalProtocolCodec codec, LabelMapping labels) {
        super(client, codec, labels);
    }

    @Override
    public void fit(TrainingSet trainingSet) throws AnnotationException {
        client.fit(codec.fitRequest(trainingSet));
    }
}
