package io.switchboard.conversations.internal.local;

import java.util.List;

/**
 * Hashed character n-grams (3 to 5 letters inside a word, with its edges) plus whole words and
 * word pairs, of normalised text. The embedding model reads English best; these features read any
 * language written in Latin script the same way, so that "parem de me ligar" and "para de llamarme"
 * share evidence the heads learned from either. Signed hashing keeps collisions unbiased.
 */
final class CharGrams {

    private CharGrams() {}

    /** Adds the text's features into {@code out[offset, offset + size)}, log-scaled and L2-normalised. */
    static void add(List<String> tokens, float[] out, int offset, int size, float weight) {
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
        if (norm == 0) {
            return;
        }
        float scale = (float) (weight / Math.sqrt(norm));
        for (int i = 0; i < size; i++) {
            out[offset + i] += counts[i] * scale;
        }
    }

    private static void count(float[] counts, String gram) {
        int h = mix(gram.hashCode());
        counts[Math.floorMod(h, counts.length)] += (h & 0x40000000) == 0 ? 1 : -1;
    }

    /** String.hashCode is fixed by the Java specification, so features are the same on every JVM. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
