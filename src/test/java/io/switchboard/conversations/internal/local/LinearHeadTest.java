package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearHeadTest {

    /** Scores skip the zero features: they must equal the dense sums, to the last bit. */
    @Test
    void scoresAreTheDenseSums() {
        Random random = new Random(14);
        int d = 2_000;
        float[][] weights = new float[3][d];
        for (float[] row : weights) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        LinearHead head = new LinearHead(List.of("a", "b", "c"), weights, new float[] {0.5f, -1f, 0f});
        for (int trial = 0; trial < 20; trial++) {
            float[] x = new float[d];
            for (int j = 0; j < d; j++) {
                x[j] = random.nextInt(10) == 0 ? (float) random.nextGaussian() : 0f;
            }
            double[] scores = head.scores(x);
            for (int c = 0; c < 3; c++) {
                assertThat(scores[c]).isEqualTo(head.bias()[c] + Vectors.dot(weights[c], x));
            }
        }
    }
}
