package io.switchboard.conversations;

import java.time.Duration;

/**
 * When a failed analysis is tried again: after {@code initial}, doubling per attempt up to
 * {@code max}; never again once {@code maxAttempts} attempts were made or the failure cannot pass
 * (an endpoint that refuses the key, a transcript without words).
 */
public record AnalysisRetries(int maxAttempts, Duration initial, Duration max) {

    public AnalysisRetries {
        if (maxAttempts < 1 || initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("retries need maxAttempts >= 1 and 0 <= initial <= max");
        }
    }

    /** What to do after attempt number {@code attempts} (1 for the first) failed. */
    public Decision after(int attempts, boolean retryable) {
        if (!retryable || attempts >= maxAttempts) {
            return new GiveUp();
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = initial.multipliedBy(factor);
        return new RetryIn(delay.compareTo(max) > 0 ? max : delay);
    }

    /** Retry after a delay, or give up. */
    public sealed interface Decision {}

    public record RetryIn(Duration delay) implements Decision {}

    public record GiveUp() implements Decision {}
}
