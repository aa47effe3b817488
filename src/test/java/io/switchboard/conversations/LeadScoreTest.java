package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadScoreTest {

    @Test
    void spansZeroToOneHundred() {
        assertThat(LeadScore.total(1, Qualification.HOT, 1, 1.0)).isEqualTo(100.0);
        assertThat(LeadScore.total(0, Qualification.NOT_QUALIFIED, -1, 0.0)).isZero();
    }

    @Test
    void intentWeighsMostAndOutOfRangeInputIsClamped() {
        double intentOnly = LeadScore.total(1, Qualification.COLD, 0, null);
        double sentimentOnly = LeadScore.total(0, Qualification.COLD, 1, null);
        assertThat(intentOnly).isGreaterThan(sentimentOnly);
        assertThat(LeadScore.total(3, Qualification.HOT, 5, 2.0)).isEqualTo(100.0);
    }
}
