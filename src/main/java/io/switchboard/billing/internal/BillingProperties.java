package io.switchboard.billing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the billing module ({@code switchboard.billing.*}); amounts in minor units.
 *
 * @param enabled billing is run by the platform operator (a hosted install): only platform super
 *     admins top up credit and set rates. Off (the default, a self-hosted install), organization
 *     admins top up their own credit and set their own rates.
 * @param currency the currency of new organizations' credit
 * @param ratePerMinute new organizations' rate per started minute (10 = 0.10)
 * @param holdMinutes new organizations' hold size, in minutes of calling
 * @param lowBalanceThreshold new organizations' low-balance threshold (1000 = 10.00)
 * @param maxTopUp the largest single top-up (10,000,000 = 100,000.00)
 * @param startingGrantMinutes minutes of calling a new self-service organization is given, at its
 *     rate, so it can try a call at once (seed 004 gives new users 15 credits); 0 gives nothing
 */
@ConfigurationProperties("switchboard.billing")
public record BillingProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("USD") String currency,
        @DefaultValue("10") long ratePerMinute,
        @DefaultValue("5") int holdMinutes,
        @DefaultValue("1000") long lowBalanceThreshold,
        @DefaultValue("10000000") long maxTopUp,
        @DefaultValue("15") int startingGrantMinutes) {

    public BillingProperties {
        if (startingGrantMinutes < 0) {
            throw new IllegalArgumentException("switchboard.billing.starting-grant-minutes must be 0 or more");
        }
    }
}
