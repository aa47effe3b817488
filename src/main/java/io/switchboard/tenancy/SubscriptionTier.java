package io.switchboard.tenancy;

import io.switchboard.shared.Codes;

public enum SubscriptionTier {
    FREE,
    STARTER,
    PROFESSIONAL,
    ENTERPRISE;

    public static SubscriptionTier fromCode(String code) {
        return Codes.parse(SubscriptionTier.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
