package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    final LockoutPolicy policy = new LockoutPolicy(
            5, Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1));
    final Instant start = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocks() {
        var state = LockoutPolicy.State.fresh(start);
        for (int i = 0; i < 4; i++) {
            var failure = policy.afterFailure(state, start.plusSeconds(i));
            assertThat(failure.lockedFor()).isNull();
            state = failure.state();
        }
        var fifth = policy.afterFailure(state, start.plusSeconds(10));
        assertThat(fifth.lockedFor()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.remainingLock(fifth.state(), start.plusSeconds(70))).contains(Duration.ofSeconds(240));
        assertThat(policy.remainingLock(fifth.state(), start.plusSeconds(311))).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        var state = LockoutPolicy.State.fresh(start);
        for (int i = 0; i < 10; i++) {
            var failure = policy.afterFailure(state, start.plus(Duration.ofMinutes(16L * i)));
            assertThat(failure.lockedFor()).isNull();
            state = failure.state();
        }
    }

    @Test
    void eachFurtherLockoutDoublesUpToTheCap() {
        assertThat(policy.lockoutLength(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.lockoutLength(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.lockoutLength(3)).isEqualTo(Duration.ofMinutes(20));
        assertThat(policy.lockoutLength(4)).isEqualTo(Duration.ofMinutes(40));
        assertThat(policy.lockoutLength(5)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.lockoutLength(50)).isEqualTo(Duration.ofHours(1));

        var state = LockoutPolicy.State.fresh(start);
        Instant now = start;
        Duration last = null;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5; i++) {
                now = now.plusSeconds(1);
                var failure = policy.afterFailure(state, now);
                state = failure.state();
                last = failure.lockedFor() == null ? last : failure.lockedFor();
            }
            now = state.lockedUntil();
        }
        assertThat(last).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void lockoutsAreForgottenAfterADayWithoutFailures() {
        var state = new LockoutPolicy.State(0, start, 3, start.plusSeconds(60), start);
        var later = start.plus(Duration.ofDays(2));
        for (int i = 0; i < 4; i++) {
            state = policy.afterFailure(state, later).state();
        }
        assertThat(policy.afterFailure(state, later).lockedFor()).isEqualTo(Duration.ofMinutes(5));
    }
}
