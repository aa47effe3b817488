package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** How ready a lead is to buy. */
public enum Temperature {
    HOT,
    WARM,
    COLD;

    public static Temperature fromCode(String code) {
        return Codes.parse(Temperature.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
