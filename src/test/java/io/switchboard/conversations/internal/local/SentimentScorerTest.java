package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentScorerTest {

    static final Lexicon ENGLISH = LexiconLoader.load("en");

    static double of(String sentence) {
        return SentimentScorer.sentence(Utterance.of(0, SpeakerRole.CUSTOMER, sentence), ENGLISH);
    }

    @Test
    void aNegatorFlipsAndDampsTheWordItGoverns() {
        assertThat(of("This is good.")).isPositive();
        assertThat(of("This is not good.")).isNegative().isGreaterThan(-of("This is good."));
    }

    @Test
    void negationDoesNotCrossAClauseBreak() {
        assertThat(of("No, that's great.")).isEqualTo(of("That's great."));
    }

    @Test
    void intensifiersStrengthenAndDiminishersSoften() {
        assertThat(of("It is very good.")).isGreaterThan(of("It is good."));
        assertThat(of("It is slightly expensive.")).isGreaterThan(of("It is expensive."));
    }

    @Test
    void whatFollowsButWeighsMore() {
        assertThat(of("The kitchen is nice but the street is terrible.")).isNegative();
        assertThat(of("The street is terrible but the kitchen is amazing.")).isPositive();
    }

    @Test
    void aPhraseScoresAsOneAndCoversItsWords() {
        assertThat(of("No problem.")).isPositive();
        assertThat(of("No thank you.")).isZero();
        assertThat(of("It was a waste of my time.")).isLessThan(-2);
    }

    @Test
    void scoresAreSquashedIntoMinusOneToOneAndLabelled() {
        double score = SentimentScorer.score(
                java.util.List.of(Utterance.of(0, SpeakerRole.CUSTOMER, "Amazing! Wonderful! Perfect! I love it!")),
                ENGLISH);
        assertThat(score).isBetween(0.9, 1.0);
        assertThat(SentimentScorer.label(score)).hasToString("positive");
        assertThat(SentimentScorer.label(0.1)).hasToString("neutral");
        assertThat(SentimentScorer.label(-0.5)).hasToString("negative");
    }
}
