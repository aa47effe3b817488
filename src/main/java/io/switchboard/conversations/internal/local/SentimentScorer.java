package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.SentimentLabel;
import java.util.List;

/**
 * Lexicon-based sentiment of the customer's words, after VADER (Hutto and Gilbert, 2014): each word
 * has a valence; an intensifier before it scales it, a negator within three words flips and damps
 * it, words after "but" weigh more than those before; phrases ("waste of time") score as one, the
 * longest first.
 * Later sentences weigh a little more (how a call ends says more than how it starts). The sum is
 * squashed into -1..1.
 */
final class SentimentScorer {

    static final double POSITIVE_FROM = 0.25;
    static final double NEGATIVE_UNTIL = -0.25;
    private static final double NEGATION = -0.74;
    private static final double SQUASH = 15;

    private SentimentScorer() {}

    static double score(List<Utterance> sentences, Lexicon lexicon) {
        double total = 0;
        for (int i = 0; i < sentences.size(); i++) {
            double recency = sentences.size() == 1 ? 1 : 0.75 + 0.5 * i / (sentences.size() - 1);
            total += recency * sentence(sentences.get(i), lexicon);
        }
        return round(total / Math.sqrt(total * total + SQUASH));
    }

    static SentimentLabel label(double score) {
        if (score >= POSITIVE_FROM) {
            return SentimentLabel.POSITIVE;
        }
        return score <= NEGATIVE_UNTIL ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    static double sentence(Utterance utterance, Lexicon lexicon) {
        List<String> tokens = utterance.tokens();
        boolean[] covered = new boolean[tokens.size()];
        double sum = 0;
        List<PhraseSet.Match> phrases =
                new java.util.ArrayList<>(lexicon.sentimentPhrases().find(utterance));
        phrases.sort(java.util.Comparator.comparingInt((PhraseSet.Match m) -> m.start() - m.end()));
        for (PhraseSet.Match match : phrases) {
            boolean overlaps = false;
            for (int i = match.start(); i < match.end(); i++) {
                overlaps |= covered[i];
            }
            if (!overlaps) {
                sum += lexicon.phraseValences().getOrDefault(match.phrase(), 0.0);
                java.util.Arrays.fill(covered, match.start(), match.end(), true);
            }
        }
        int contrast = lastContrast(tokens, lexicon);
        for (int i = 0; i < tokens.size(); i++) {
            Double valence = covered[i] ? null : lexicon.valence(tokens.get(i));
            if (valence != null) {
                double weight = contrast < 0 ? 1 : (i > contrast ? 1.5 : 0.5);
                sum += weight * word(tokens, i, valence, lexicon);
            }
        }
        if (sum != 0 && utterance.raw().endsWith("!")) {
            sum += Math.signum(sum) * 0.3;
        }
        return sum;
    }

    private static double word(List<String> tokens, int i, double valence, Lexicon lexicon) {
        double scaled = valence;
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            Double boost = lexicon.intensifiers().get(tokens.get(j));
            if (boost == null) {
                break;
            }
            scaled *= 1 + boost;
        }
        return lexicon.negated(tokens, i, i + 1) ? scaled * NEGATION : scaled;
    }

    private static int lastContrast(List<String> tokens, Lexicon lexicon) {
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (lexicon.contrasts().contains(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
