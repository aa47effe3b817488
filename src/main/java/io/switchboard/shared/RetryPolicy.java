package io.switchboard.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How work that failed is tried again: the pause after the {@code n}th consecutive failure is
 * {@code first × multiplier^(n-1)}, never longer than {@code longest}, and after {@code maxAttempts}
 * attempts in all the work is given up. The one backoff rule of the code base: jobs, webhooks,
 * event redelivery, provider and model calls all use it.
 *
 * @param maxAttempts attempts in all, the first included; {@link Integer#MAX_VALUE} never gives up
 */
public record RetryPolicy(Duration first, double multiplier, Duration longest, int maxAttempts) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("the first pause must be positive");
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("the multiplier must be at least 1");
        }
        if (longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("the longest pause must not be shorter than the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Doubling pauses from {@code first} up to {@code longest}, never giving up. */
    public static RetryPolicy doubling(Duration first, Duration longest) {
        return new RetryPolicy(first, 2, longest, Integer.MAX_VALUE);
    }

    public RetryPolicy giveUpAfter(int attempts) {
        return new RetryPolicy(first, multiplier, longest, attempts);
    }

    /** The pause after {@code failures} consecutive failures (at least one). */
    public Duration pauseAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("no failure, no pause");
        }
        double millis = first.toMillis() * Math.pow(multiplier, failures - 1);
        return millis >= longest.toMillis() ? longest : Duration.ofMillis(Math.round(millis));
    }

    /** Whether {@code failures} consecutive failures used up every attempt. */
    public boolean exhausted(int failures) {
        return failures >= maxAttempts;
    }

    /** When to try again after {@code failures} consecutive failures, or empty when it is given up. */
    public Optional<Instant> nextAttempt(Instant failedAt, int failures) {
        return exhausted(failures) ? Optional.empty() : Optional.of(failedAt.plus(pauseAfter(failures)));
    }
}
