package org.newsbench.onnx;

import java.util.List;

/**
 * Per-dimension standardisation fitted on training vectors: subtract the mean, divide by the standard deviation
 * (a dimension that does not vary is only centred). Immutable.
 */
final class Standardizer {

    private final double[] means;
    private final double[] scales;

    private Standardizer(double[] means, double[] scales) {
        this.means = means;
        this.scales = scales;
    }

    static Standardizer fit(List<float[]> vectors) {
        int dimensions = vectors.get(0).length;
        double[] means = new double[dimensions];
        for (float[] vector : vectors) {
            for (int d = 0; d < dimensions; d++) {
                means[d] += vector[d];
            }
        }
        for (int d = 0; d < dimensions; d++) {
            means[d] /= vectors.size();
        }
        double[] scales = new double[dimensions];
        for (float[] vector : vectors) {
            for (int d = 0; d < dimensions; d++) {
                double centred = vector[d] - means[d];
                scales[d] += centred * centred;
            }
        }
        for (int d = 0; d < dimensions; d++) {
            double deviation = Math.sqrt(scales[d] / vectors.size());
            scales[d] = deviation > 1e-12 ? deviation : 1.0;
        }
        return new Standardizer(means, scales);
    }

    double[] apply(float[] vector) {
        double[] standardised = new double[vector.length];
        for (int d = 0; d < vector.length; d++) {
            standardised[d] = (vector[d] - means[d]) / scales[d];
        }
        return standardised;
    }
}
