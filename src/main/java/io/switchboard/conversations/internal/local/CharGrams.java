package io.switchboard.conversations.internal.local;

import java.util.List;

/**
 * Hashed character n-grams (3 to 5 letters inside a word, with its edges) plus whole words and
 * word pairs, of normalised text. The embedding model reads English best; these features read any
 * language written in Latin script the same way, so that "parem de me ligar" and "para de llamarme"
 * share evidence the heads learned from either. Signed hashing keeps collisions unbiased.
 */
final class CharGrams {

    private static final int WORD = "w:".hashCode();
    private static final int PAIR = "b:".hashCode();

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
            count(counts, hash(WORD, token));
            if (previous != null) {
                count(counts, hash(hash(PAIR, previous) * 31 + ' ', token));
            }
            grams(counts, token);
            previous = token;
        }
        double norm = 0;
        for (int i = 0; i < size; i++) {
            float c = counts[i];
            if (c != 0) {
                counts[i] = (float) (Math.signum(c) * Math.log1p(Math.abs(c)));
                norm += counts[i] * counts[i];
            }
        }
        if (norm == 0) {
            return;
        }
        float scale = (float) (weight / Math.sqrt(norm));
        for (int i = 0; i < size; i++) {
            if (counts[i] != 0) {
                out[offset + i] += counts[i] * scale;
            }
        }
    }

    /** The 3- to 5-letter grams of {@code "<" + token + ">"}, hashed in place of their substrings. */
    private static void grams(float[] counts, String token) {
        int length = token.length() + 2;
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= length; i++) {
                int h = 0;
                for (int k = i; k < i + n; k++) {
                    h = 31 * h + (k == 0 ? '<' : k == length - 1 ? '>' : token.charAt(k - 1));
                }
                count(counts, h);
            }
        }
    }

    /**
     * {@code (prefix + text).hashCode()}, given the prefix's hash, without building the string:
     * String.hashCode is fixed by the Java specification (s[0]*31^(n-1) + … + s[n-1]).
     */
    private static int hash(int prefix, String text) {
        int h = prefix;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static void count(float[] counts, int stringHash) {
        int h = mix(stringHash);
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
