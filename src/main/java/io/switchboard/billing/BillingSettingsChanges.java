package io.switchboard.billing;

import org.jspecify.annotations.Nullable;

/** A partial update of the billing settings: a null field is left as it is. */
public record BillingSettingsChanges(
        @Nullable Long ratePerMinute, @Nullable Integer holdMinutes, @Nullable Long lowBalanceThreshold) {}
