package io.switchboard.billing.internal;

import io.switchboard.shared.Codes;

/** Where a call's hold stands ({@code credit_holds.status}): it leaves {@code held} exactly once. */
public enum HoldStatus {
    HELD,
    SETTLED,
    RELEASED;

    public static HoldStatus of(String code) {
        return Codes.parse(HoldStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
