package io.switchboard.billing;

import java.time.Duration;

/**
 * The standard hold for the next call, before placing it.
 *
 * @param amount {@code ratePerMinute × holdMinutes}, in minor units
 * @param covers how long a call may last on that hold
 * @param available the available balance now
 * @param sufficient whether the available balance covers the hold now (another call may take it
 *     first: only {@link Credits#hold} decides)
 */
public record HoldEstimate(
        long amount, String currency, long ratePerMinute, Duration covers, long available, boolean sufficient) {}
