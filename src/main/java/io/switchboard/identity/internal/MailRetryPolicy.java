package io.switchboard.identity.internal;

import java.time.Duration;

/**
 * When a failed mail is tried again: after 1, 2, 4, 8 … minutes (at most an hour), and not after
 * {@code maxAttempts} attempts.
 */
record MailRetryPolicy(int maxAttempts) {

    /** The wait before the next try, after the {@code attempt}-th failed one (1-based). */
    Duration backoff(int attempt) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(Math.max(attempt, 1) - 1, 6)));
    }

    boolean givesUpAfter(int attempt) {
        return attempt >= maxAttempts;
    }
}
