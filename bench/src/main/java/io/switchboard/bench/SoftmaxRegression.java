package io.switchboard.bench;

import io.switchboard.conversations.internal.local.LinearHead;
import java.util.List;

/**
 * Multinomial logistic regression with L2 regularisation (and, optionally, balanced class weights), fitted by
 * Nesterov-accelerated full-batch gradient descent from zero: deterministic, so that the same data
 * gives the same head on every machine.
 */
final class SoftmaxRegression {

    private static final int ITERATIONS = 600;

    private SoftmaxRegression() {}

    /**
     * @param balanced weigh classes inversely to their frequency (else as they come: the training
     *     data's own prior)
     */
    static LinearHead fit(float[][] x, int[] y, List<String> classes, double lambda, boolean balanced) {
        int d = x[0].length;
        int k = classes.size();
        double[] classWeight = balanced ? balanced(y, k) : uniform(k);
        Sparse[] rows = new Sparse[x.length];
        for (int i = 0; i < x.length; i++) {
            rows[i] = Sparse.of(x[i]);
        }
        double step = 1 / (lipschitz(x) + lambda);
        double[][] w = new double[k][d + 1];
        double[][] previous = new double[k][d + 1];
        double[][] look = new double[k][d + 1];
        double[][] gradient = new double[k][d + 1];
        for (int t = 1; t <= ITERATIONS; t++) {
            double momentum = (t - 1) / (t + 2.0);
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= d; j++) {
                    look[c][j] = w[c][j] + momentum * (w[c][j] - previous[c][j]);
                }
            }
            gradient(rows, y, classWeight, look, lambda, gradient);
            for (int c = 0; c < k; c++) {
                System.arraycopy(w[c], 0, previous[c], 0, d + 1);
                for (int j = 0; j <= d; j++) {
                    w[c][j] = look[c][j] - step * gradient[c][j];
                }
            }
        }
        float[][] weights = new float[k][d];
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                weights[c][j] = (float) w[c][j];
            }
            bias[c] = (float) w[c][d];
        }
        return new LinearHead(classes, weights, bias);
    }

    /** A row's non-zero features: the n-gram blocks are mostly zeros. */
    private record Sparse(int[] index, double[] value) {
        static Sparse of(float[] row) {
            int n = 0;
            for (float v : row) {
                n += v == 0 ? 0 : 1;
            }
            int[] index = new int[n];
            double[] value = new double[n];
            for (int j = 0, m = 0; j < row.length; j++) {
                if (row[j] != 0) {
                    index[m] = j;
                    value[m++] = row[j];
                }
            }
            return new Sparse(index, value);
        }
    }

    private static void gradient(
            Sparse[] x, int[] y, double[] classWeight, double[][] w, double lambda, double[][] gradient) {
        int k = w.length;
        int d = w[0].length - 1;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += classWeight[y[i]];
        }
        for (double[] row : gradient) {
            java.util.Arrays.fill(row, 0);
        }
        double[] p = new double[k];
        for (int i = 0; i < x.length; i++) {
            int[] index = x[i].index();
            double[] value = x[i].value();
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = w[c][d];
                for (int m = 0; m < index.length; m++) {
                    s += w[c][index[m]] * value[m];
                }
                p[c] = s;
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                p[c] = Math.exp(p[c] - max);
                sum += p[c];
            }
            double weight = classWeight[y[i]] / total;
            for (int c = 0; c < k; c++) {
                double g = weight * (p[c] / sum - (c == y[i] ? 1 : 0));
                for (int m = 0; m < index.length; m++) {
                    gradient[c][index[m]] += g * value[m];
                }
                gradient[c][d] += g;
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                gradient[c][j] += lambda * w[c][j];
            }
        }
    }

    private static double[] uniform(int k) {
        double[] weights = new double[k];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    private static double[] balanced(int[] y, int k) {
        double[] counts = new double[k];
        for (int label : y) {
            counts[label]++;
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = counts[c] == 0 ? 0 : y.length / (k * counts[c]);
        }
        return weights;
    }

    /** A bound on the curvature of the softmax loss: half the largest squared norm of a row, plus the bias. */
    private static double lipschitz(float[][] x) {
        double max = 0;
        for (float[] row : x) {
            double norm = 1;
            for (float v : row) {
                norm += v * v;
            }
            max = Math.max(max, norm);
        }
        return 0.5 * max;
    }

    static int predict(LinearHead head, float[] x) {
        return LinearHead.argmax(head.probabilities(x));
    }
}
