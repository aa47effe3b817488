package io.switchboard.billing;

import java.time.Duration;
import java.util.UUID;

/** The answer to a hold: credit reserved for the call, or refused. */
public sealed interface HoldResult permits HoldResult.Held, HoldResult.Refused {

    UUID callId();

    /**
     * Credit is reserved.
     *
     * @param covers how long the call may last before it costs more than the hold ({@code amount /
     *     ratePerMinute} minutes; unlimited when the rate is 0): a good time limit for the provider
     * @param available the available balance after the hold
     * @param repeated the call held credit before: nothing changed now
     */
    record Held(UUID callId, long amount, long ratePerMinute, Duration covers, long available, boolean repeated)
            implements HoldResult {}

    /**
     * Not enough credit: nothing changed. {@code code} is {@code insufficient_credit}.
     *
     * @param available the available balance now
     */
    record Refused(UUID callId, long requested, long available, String code) implements HoldResult {}

    default boolean held() {
        return this instanceof Held;
    }
}
