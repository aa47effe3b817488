package io.switchboard.billing;

import io.switchboard.shared.InvalidInput;
import java.time.Duration;

/**
 * How call time is billed: <b>every started minute counts as a whole minute</b>. A call of 0 s is
 * free (it was not answered); 1 s to 60 s is one minute; 60.001 s to 120 s two minutes; and so on.
 * The charge is {@code minutes × rate per minute}, in minor units.
 */
public final class MinuteRounding {

    /** Longer "calls" are a provider's bookkeeping error, not a call. */
    static final Duration LONGEST_CALL = Duration.ofHours(24);

    private MinuteRounding() {}

    public static int billableMinutes(Duration duration) {
        if (duration.isNegative() || duration.compareTo(LONGEST_CALL) > 0) {
            throw new InvalidInput("duration", "invalid_duration", "must be between 0 and 24 hours");
        }
        long minutes = duration.getSeconds() / 60;
        if (duration.getSeconds() % 60 != 0 || duration.getNano() != 0) {
            minutes++;
        }
        return (int) minutes;
    }

    public static long charge(Duration duration, long ratePerMinute) {
        return Math.multiplyExact(billableMinutes(duration), ratePerMinute);
    }
}
