package io.switchboard.billing;

import java.time.Duration;
import java.util.UUID;

/**
 * What a call cost. {@code charged = min(minutes × ratePerMinute, hold + available)}: a call that
 * ran past its hold takes the rest from the available balance, as far as it goes, and what it could
 * not take is {@code uncollected} (the balance stays at zero, never below).
 *
 * @param minutes the started minutes (see {@link MinuteRounding})
 * @param released the part of the hold given back to the available balance
 * @param repeated the call was settled (or released) before: nothing changed now, the first
 *     outcome is answered
 */
public record Settlement(
        UUID callId,
        Duration duration,
        int minutes,
        long ratePerMinute,
        long charged,
        long released,
        long uncollected,
        boolean repeated) {}
