package io.switchboard.campaigns;

import io.switchboard.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How hard a campaign tries a lead: at most {@code maxAttempts} calls, and after a call that did
 * not reach anyone, the next one after the delay for that outcome (minutes).
 */
public record RetryPolicy(int maxAttempts, RetryDelays delays) {

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new InvalidInput("max_attempts", "invalid_range", "must be between 1 and 20");
        }
    }

    /** What becomes of a member after a call that ended with this outcome. */
    public sealed interface Next {}

    /** Reached: the funnel moves on. */
    public record Reached(MemberStatus status) implements Next {}

    /** Try again at this moment. */
    public record Retry(Instant at) implements Next {}

    /** No attempts left. */
    public record Exhausted() implements Next {}

    /**
     * @param outcome the call's final status code (completed, no_answer, busy, voicemail, failed,
     *     canceled)
     */
    public Next after(String outcome, boolean transferred, int attempts, Instant endedAt) {
        if (transferred) {
            return new Reached(MemberStatus.TRANSFERRED);
        }
        if ("completed".equals(outcome)) {
            return new Reached(MemberStatus.CONTACTED);
        }
        if (attempts >= maxAttempts) {
            return new Exhausted();
        }
        return new Retry(endedAt.plus(delay(outcome)));
    }

    public Duration delay(@Nullable String outcome) {
        int minutes =
                switch (outcome == null ? "failed" : outcome) {
                    case "no_answer" -> delays.noAnswer();
                    case "busy" -> delays.busy();
                    case "voicemail" -> delays.voicemail();
                    default -> delays.failed();
                };
        return Duration.ofMinutes(minutes);
    }
}
