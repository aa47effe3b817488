package io.switchboard.scoring.internal;

import static io.switchboard.scoring.internal.TestLeads.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreMathTest {

    @Test
    void pointsHalveEveryHalfLife() {
        assertThat(ScoreMath.decayed(20, 7, NOW.minus(Duration.ofDays(7)), NOW)).isCloseTo(10, within(1e-9));
        assertThat(ScoreMath.decayed(20, 7, NOW.minus(Duration.ofDays(14)), NOW))
                .isCloseTo(5, within(1e-9));
        assertThat(ScoreMath.decayed(20, null, NOW.minus(Duration.ofDays(700)), NOW))
                .isEqualTo(20);
        assertThat(ScoreMath.decayed(-10, 1, NOW.minus(Duration.ofDays(1)), NOW))
                .isCloseTo(-5, within(1e-9));
    }

    @Test
    void aCappedGroupIsScaledSoThatEffectivePointsStillAddUpToTheScore() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        var totals = ScoreMath.totals(
                List.of(
                        new ScoreMath.Part(a, 20, "Engagement", null, NOW),
                        new ScoreMath.Part(b, 30, "engagement", null, NOW),
                        new ScoreMath.Part(c, 15, null, null, NOW)),
                Map.of("engagement", 25),
                10,
                NOW);
        assertThat(totals.effective().get(a)).isCloseTo(10, within(1e-9));
        assertThat(totals.effective().get(b)).isCloseTo(15, within(1e-9));
        assertThat(totals.effective().get(c)).isEqualTo(15);
        assertThat(totals.raw()).isCloseTo(50, within(1e-9));
        assertThat(totals.score()).isEqualTo(50);
    }

    @Test
    void theScoreStaysWithinZeroAndAHundred() {
        assertThat(ScoreMath.clamp(-12.4)).isZero();
        assertThat(ScoreMath.clamp(140)).isEqualTo(100);
        assertThat(ScoreMath.clamp(49.5)).isEqualTo(50);
    }
}
