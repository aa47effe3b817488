package io.switchboard.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Brute-force protection as a pure rule: {@code maxFailures} failures within {@code window} lock
 * the key (an account or a client address) for {@code lockout}; each further lockout doubles it, up
 * to {@code maxLockout}. After {@code memory} without a failure, earlier lockouts are forgotten.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockout, Duration maxLockout, Duration memory) {

    /** Failures counted so far for one key. */
    public record State(
            int failures, Instant windowStartedAt, int lockouts, @Nullable Instant lockedUntil, Instant lastFailureAt) {

        public static State fresh(Instant now) {
            return new State(0, now, 0, null, now);
        }
    }

    public Optional<Duration> remainingLock(State state, Instant now) {
        if (state.lockedUntil() == null || !state.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.lockedUntil()));
    }

    /** One more failure: the new state, and the lockout it started, if it reached the limit. */
    public Failure afterFailure(State state, Instant now) {
        int lockouts = state.lastFailureAt().plus(memory).isBefore(now) ? 0 : state.lockouts();
        boolean windowOver = state.windowStartedAt().plus(window).isBefore(now);
        int failures = (windowOver ? 0 : state.failures()) + 1;
        Instant windowStart = windowOver ? now : state.windowStartedAt();
        if (failures < maxFailures) {
            return new Failure(new State(failures, windowStart, lockouts, state.lockedUntil(), now), null);
        }
        Duration length = lockoutLength(lockouts + 1);
        return new Failure(new State(0, now, lockouts + 1, now.plus(length), now), length);
    }

    /** The n-th lockout (1-based) lasts lockout × 2^(n-1), capped at maxLockout. */
    public Duration lockoutLength(int n) {
        Duration length = lockout;
        for (int i = 1; i < n && length.compareTo(maxLockout) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLockout) > 0 ? maxLockout : length;
    }

    public record Failure(State state, @Nullable Duration lockedFor) {}
}
