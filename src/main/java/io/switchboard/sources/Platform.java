package io.switchboard.sources;

import io.switchboard.shared.Codes;

/** Where a marketing campaign runs. */
public enum Platform {
    GOOGLE,
    FACEBOOK,
    INSTAGRAM,
    LINKEDIN,
    TIKTOK,
    EMAIL,
    SMS,
    EVENTS,
    REFERRAL,
    OTHER;

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
