package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call's sentences of equal length share one model run (each run has a fixed cost, which made
 * long calls dear), and each keeps a vector of its own.
 */
class SentenceEmbeddingsTest {

    private static final SentenceEmbeddings MODEL = SentenceEmbeddings.shared();

    /** Three pairs of sentences, each pair of one length in word pieces. */
    private static final List<String> SENTENCES = List.of(
            "Yes please.",
            "No thanks.",
            "We need the funds within two weeks.",
            "We want the house before next summer.",
            "Das ist schon der dritte Anruf diese Woche.",
            "Das ist schon der vierte Anruf diese Woche.");

    @Test
    void sentencesOfEqualLengthShareOneModelRun() {
        long distinctLengths = SENTENCES.stream().map(MODEL::tokens).distinct().count();
        long before = MODEL.runs();

        float[][] vectors = MODEL.embed(SENTENCES);

        assertThat(vectors.length).isEqualTo(SENTENCES.size());
        assertThat(MODEL.runs() - before).isEqualTo(distinctLengths).isLessThan(SENTENCES.size());
    }

    /**
     * Not bit for bit: the quantized model scales its activations over the whole run, so a sentence's
     * vector moves a little (cosine above 0.95) with the others of its length; it stays nearest to
     * itself, and one call always reads the same.
     */
    @Test
    void aSentenceReadWithOthersOfItsLengthKeepsItsMeaning() {
        float[][] together = MODEL.embed(SENTENCES);
        float[][] alone = SENTENCES.stream().map(MODEL::embed).toArray(float[][]::new);

        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(Vectors.dot(together[i], alone[i])).as(SENTENCES.get(i)).isGreaterThan(0.95);
            for (int j = 0; j < SENTENCES.size(); j++) {
                assertThat(Vectors.dot(together[i], alone[j])).isLessThanOrEqualTo(Vectors.dot(together[i], alone[i]));
            }
            assertThat(Vectors.dot(together[i], together[i])).isCloseTo(1.0, within(1e-4));
        }
        assertThat(MODEL.embed(SENTENCES)).isDeepEqualTo(together);
    }

    @Test
    void aTextLongerThanTheModelReadsIsReadByItsStart() {
        String start = "The roof leaks over the kitchen and we want it fixed before the rains. ";
        String text = start + "More words about nothing in particular, again and again. ".repeat(80);

        float[] vector = MODEL.embed(text);

        assertThat(vector).hasSize(SentenceEmbeddings.DIMENSION);
        assertThat(Vectors.dot(vector, MODEL.embed(start))).isGreaterThan(0.3);
    }
}
