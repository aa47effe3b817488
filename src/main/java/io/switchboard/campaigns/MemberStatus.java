package io.switchboard.campaigns;

import io.switchboard.shared.Codes;

/** A lead's place in a campaign's funnel. */
public enum MemberStatus {
    PENDING,
    CALLING,
    CONTACTED,
    TRANSFERRED,
    CONVERTED,
    EXCLUDED,
    EXHAUSTED;

    public static MemberStatus fromCode(String code) {
        return Codes.parse(MemberStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
