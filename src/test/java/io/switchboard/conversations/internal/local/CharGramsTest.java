package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The n-grams are hashed without building their strings: the features must stay exactly those of
 * hashing each gram's string, which the shipped heads were trained on.
 */
class CharGramsTest {

    private static final List<String> SENTENCES = List.of(
            "Wir nehmen sie, die Bank hat die Finanzierung zugesagt.",
            "¿Otra vez? Es la tercera llamada esta semana; ya basta.",
            "Ça fait dix jours que j'attends votre rappel, c'est pénible.",
            "We're pre-approved for $450,000 and I can't wait, honestly.",
            "a");

    @Test
    void featuresAreThoseOfTheGramsStrings() {
        for (String sentence : SENTENCES) {
            List<String> tokens =
                    Utterance.of(0, SpeakerRole.CUSTOMER, sentence).tokens();
            float[] fast = new float[300];
            CharGrams.add(tokens, fast, 10, 256, 0.5f);
            assertThat(fast).as(sentence).containsExactly(byStrings(tokens, 300, 10, 256, 0.5f));
        }
    }

    @Test
    void aTextWithoutWordsAddsNothing() {
        float[] out = new float[64];
        CharGrams.add(List.of(Utterance.CLAUSE_BREAK), out, 0, 64, 1f);
        assertThat(out).containsOnly(0f);
    }

    /** The features as first written: every gram built as a string and hashed by String.hashCode. */
    private static float[] byStrings(List<String> tokens, int length, int offset, int size, float weight) {
        float[] counts = new float[size];
        String previous = null;
        for (String token : tokens) {
            if (token.equals(Utterance.CLAUSE_BREAK)) {
                previous = null;
                continue;
            }
            count(counts, "w:" + token);
            if (previous != null) {
                count(counts, "b:" + previous + " " + token);
            }
            String word = "<" + token + ">";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= word.length(); i++) {
                    count(counts, word.substring(i, i + n));
                }
            }
            previous = token;
        }
        double norm = 0;
        for (int i = 0; i < size; i++) {
            float c = counts[i];
            counts[i] = (float) (Math.signum(c) * Math.log1p(Math.abs(c)));
            norm += counts[i] * counts[i];
        }
        float[] out = new float[length];
        float scale = (float) (weight / Math.sqrt(norm));
        for (int i = 0; i < size; i++) {
            out[offset + i] += counts[i] * scale;
        }
        return out;
    }

    private static void count(float[] counts, String gram) {
        int h = gram.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        counts[Math.floorMod(h, counts.length)] += (h & 0x40000000) == 0 ? 1 : -1;
    }
}
