package io.switchboard.conversations;

/**
 * How a search blends the ranked list of word matches with the ranked list of meaning matches:
 * reciprocal rank fusion, meaning at half the weight of words (a document holding the words
 * someone typed comes before one that is only about the same thing), scaled to 0..1.
 */
final class Blend {

    private static final double K = 60;
    private static final double MEANING_WEIGHT = 0.5;

    private Blend() {}

    /**
     * @param wordRank position in the word matches from 0, or -1 when absent
     * @param meaningRank position in the meaning matches from 0, or -1 when absent
     */
    static double rank(int wordRank, int meaningRank) {
        double words = wordRank < 0 ? 0 : 1 / (K + 1 + wordRank);
        double meaning = meaningRank < 0 ? 0 : MEANING_WEIGHT / (K + 1 + meaningRank);
        return (K + 1) * (words + meaning) / (1 + MEANING_WEIGHT);
    }
}
