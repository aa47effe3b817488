package io.switchboard.compliance;

import io.switchboard.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often one lead may be called, across every campaign and manual call: not again within {@code
 * quietAfterConversation} of a conversation, and at most {@code maxAttemptsPerDay} attempts in any
 * 24 hours and {@code maxAttemptsPerWeek} in any 7 days. Nobody wants "the third call this week"
 * from the same company; several US states and the EU's consumer rules cap it too.
 *
 * @param quietAfterConversation zero turns the rule after a conversation off
 */
public record ContactFrequency(Duration quietAfterConversation, int maxAttemptsPerDay, int maxAttemptsPerWeek) {

    static final Duration DAY = Duration.ofDays(1);
    static final Duration WEEK = Duration.ofDays(7);

    /** How far back a lead's calls matter to this rule. */
    public static final Duration LOOK_BACK = Duration.ofDays(30);

    // After the constants above: the constructor checks against LOOK_BACK.
    public static final ContactFrequency DEFAULT = new ContactFrequency(Duration.ofHours(24), 3, 7);

    public ContactFrequency {
        if (quietAfterConversation.isNegative() || quietAfterConversation.compareTo(LOOK_BACK) > 0) {
            throw new InvalidInput(
                    "hours_after_conversation", "invalid_range", "must be 0 to " + LOOK_BACK.toHours() + " hours");
        }
        if (maxAttemptsPerDay < 1 || maxAttemptsPerDay > 50) {
            throw new InvalidInput("max_attempts_per_day", "invalid_range", "must be 1 to 50");
        }
        if (maxAttemptsPerWeek < maxAttemptsPerDay || maxAttemptsPerWeek > 200) {
            throw new InvalidInput(
                    "max_attempts_per_week", "invalid_range", "must be at least the daily maximum and at most 200");
        }
    }

    /**
     * Until when this lead may not be called, given its recent calls; empty when it may be now.
     * The answer is exact: at that moment the last conversation is old enough and enough attempts
     * have left the 24-hour and 7-day windows.
     */
    public Optional<Instant> blockedUntil(ContactHistory history, Instant now) {
        Instant until = null;
        Instant conversation = history.lastConversationAt();
        if (conversation != null && !quietAfterConversation.isZero()) {
            until = later(until, conversation.plus(quietAfterConversation));
        }
        until = later(until, capacityReturns(history.attempts(), now, DAY, maxAttemptsPerDay));
        until = later(until, capacityReturns(history.attempts(), now, WEEK, maxAttemptsPerWeek));
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * When one more attempt fits in the window again: with {@code n} attempts inside it (oldest
     * first) and a maximum {@code max}, once the {@code (n - max + 1)}th oldest has left it.
     */
    private static @Nullable Instant capacityReturns(List<Instant> attempts, Instant now, Duration window, int max) {
        List<Instant> inside = attempts.stream()
                .filter(a -> a.isAfter(now.minus(window)))
                .sorted()
                .toList();
        if (inside.size() < max) {
            return null;
        }
        return inside.get(inside.size() - max).plus(window);
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
