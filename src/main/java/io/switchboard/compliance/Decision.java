package io.switchboard.compliance;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The gate's answer for one candidate.
 *
 * @param reason the main reason of a refusal (the first of {@code reasons}); null when allowed
 * @param reasons every reason that applies, in order of precedence
 * @param nextAllowedAt when every reason is only about time (outside the window, a holiday): the
 *     earliest moment the call would be allowed; null otherwise (or when no such moment exists within
 *     a year)
 */
public record Decision(
        boolean allowed,
        @Nullable DecisionReason reason,
        List<DecisionReason> reasons,
        @Nullable Instant nextAllowedAt) {

    private static final Decision ALLOWED = new Decision(true, null, List.of(), null);

    public static Decision allow() {
        return ALLOWED;
    }

    static Decision deny(List<DecisionReason> reasons, @Nullable Instant nextAllowedAt) {
        List<DecisionReason> sorted = reasons.stream().distinct().sorted().toList();
        boolean onlyTime = sorted.stream().allMatch(DecisionReason::timeBound);
        return new Decision(false, sorted.getFirst(), sorted, onlyTime ? nextAllowedAt : null);
    }

    /** Refused only for the time being: try again at {@link #nextAllowedAt()}. */
    public boolean deferred() {
        return !allowed && nextAllowedAt != null;
    }
}
