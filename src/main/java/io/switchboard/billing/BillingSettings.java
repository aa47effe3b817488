package io.switchboard.billing;

import java.time.Duration;

/**
 * How an organization's calls are charged.
 *
 * @param ratePerMinute minor units per started minute of a call
 * @param holdMinutes how many minutes of calling a hold reserves (the call's credit limit)
 * @param lowBalanceThreshold admins are told once when the balance (available + held) falls below it
 */
public record BillingSettings(String currency, long ratePerMinute, int holdMinutes, long lowBalanceThreshold) {

    /** The standard hold for a call: {@code ratePerMinute × holdMinutes}. */
    public long holdAmount() {
        return Math.multiplyExact(ratePerMinute, holdMinutes);
    }

    public Duration holdCovers() {
        return Duration.ofMinutes(holdMinutes);
    }
}
