package io.switchboard.conversations.internal.local;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

/**
 * A trained multinomial logistic regression over {@link CallFeatures}: one weight row and bias per
 * class. Weights travel as base64 of little-endian float32, row after row.
 */
public record LinearHead(List<String> classes, float[][] weights, float[] bias) {

    public LinearHead {
        classes = List.copyOf(classes);
        if (weights.length != classes.size() || bias.length != classes.size()) {
            throw new IllegalArgumentException("a weight row and a bias per class");
        }
    }

    public double[] probabilities(float[] x) {
        double[] scores = scores(x);
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    /**
     * Each class's bias plus its weights times {@code x}. The features are mostly zeros (a sentence's
     * n-grams, the agent's block), so only the non-zero ones are multiplied, in index order: the sum
     * is the same as the dense one's, term for term.
     */
    public double[] scores(float[] x) {
        int[] nonZero = new int[x.length];
        int n = 0;
        for (int j = 0; j < x.length; j++) {
            if (x[j] != 0) {
                nonZero[n++] = j;
            }
        }
        double[] scores = new double[classes.size()];
        for (int c = 0; c < scores.length; c++) {
            float[] w = weights[c];
            double sum = 0;
            for (int m = 0; m < n; m++) {
                int j = nonZero[m];
                sum += w[j] * x[j];
            }
            scores[c] = bias[c] + sum;
        }
        return scores;
    }

    /** How far {@code x} alone argues for class {@code c} over the strongest other class. */
    public double margin(float[] x, int c) {
        double[] scores = scores(x);
        double other = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < scores.length; k++) {
            if (k != c) {
                other = Math.max(other, scores[k]);
            }
        }
        return scores[c] - other;
    }

    public static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    public String encodedWeights() {
        int dimension = weights[0].length;
        ByteBuffer buffer =
                ByteBuffer.allocate(weights.length * dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : weights) {
            for (float w : row) {
                buffer.putFloat(w);
            }
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static float[][] decodeWeights(String encoded, int rows, int dimension) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded)).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.remaining() != rows * dimension * Float.BYTES) {
            throw new IllegalStateException("the head's weights do not fit " + rows + " x " + dimension);
        }
        float[][] weights = new float[rows][dimension];
        for (float[] row : weights) {
            for (int j = 0; j < dimension; j++) {
                row[j] = buffer.getFloat();
            }
        }
        return weights;
    }
}
