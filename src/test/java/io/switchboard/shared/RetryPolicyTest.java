package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            RetryPolicy.doubling(Duration.ofSeconds(30), Duration.ofMinutes(30)).giveUpAfter(8);

    @Test
    void pausesGrowByTheMultiplierUpToTheLongest() {
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.pauseAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.pauseAfter(1_000)).as("no overflow").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        Instant failedAt = Instant.parse("2026-12-06T10:00:00Z");
        assertThat(policy.nextAttempt(failedAt, 7)).contains(failedAt.plus(Duration.ofMinutes(30)));
        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
        assertThat(policy.nextAttempt(failedAt, 8)).isEmpty();
    }

    @Test
    void aPolicyWithoutLimitNeverGivesUp() {
        RetryPolicy forever = RetryPolicy.doubling(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(forever.exhausted(Integer.MAX_VALUE - 1)).isFalse();
        assertThat(new RetryPolicy(Duration.ofSeconds(2), 1.5, Duration.ofMinutes(1), 3).pauseAfter(3))
                .isEqualTo(Duration.ofMillis(4_500));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.doubling(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.doubling(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.giveUpAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.pauseAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multiplierOneKeepsThePauseConstant() {
        RetryPolicy steady = new RetryPolicy(Duration.ofSeconds(5), 1, Duration.ofMinutes(1), 3);
        assertThat(steady.pauseAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(steady.pauseAfter(2)).isEqualTo(Duration.ofSeconds(5));
        assertThat(steady.pauseAfter(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theLongestPauseIsACapReachedExactly() {
        RetryPolicy capped = RetryPolicy.doubling(Duration.ofSeconds(10), Duration.ofSeconds(25));
        assertThat(capped.pauseAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(capped.pauseAfter(3)).as("40s is capped").isEqualTo(Duration.ofSeconds(25));
        RetryPolicy flat = RetryPolicy.doubling(Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(flat.pauseAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(flat.pauseAfter(5)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void giveUpAfterKeepsThePausesAndOneAttemptGivesUpAtTheFirstFailure() {
        RetryPolicy once = policy.giveUpAfter(1);
        assertThat(once.first()).isEqualTo(policy.first());
        assertThat(once.multiplier()).isEqualTo(policy.multiplier());
        assertThat(once.longest()).isEqualTo(policy.longest());
        assertThat(once.exhausted(0)).isFalse();
        assertThat(once.exhausted(1)).isTrue();
        assertThat(once.nextAttempt(Instant.EPOCH, 1)).isEmpty();
    }

    @Test
    void refusesAShrinkingMultiplierAndANegativeFirstPause() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(10), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> RetryPolicy.doubling(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.giveUpAfter(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
