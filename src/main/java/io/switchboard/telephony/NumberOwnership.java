package io.switchboard.telephony;

import io.switchboard.shared.Codes;

/**
 * Whose a phone number is. Adding a number claims it ({@code unverified}); the organization's
 * provider account proves it ({@code verified}, for one organization on the whole platform); the
 * claims of other organizations are then {@code released} (and inactive).
 */
public enum NumberOwnership {
    UNVERIFIED,
    VERIFIED,
    RELEASED;

    public static NumberOwnership fromCode(String code) {
        return Codes.parse(NumberOwnership.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
