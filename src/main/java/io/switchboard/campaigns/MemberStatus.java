package io.switchboard.campaigns;

import io.switchboard.shared.Codes;

/** A lead's place in a campaign's funnel (calling, or messaging: pending, messaged, excluded). */
public enum MemberStatus {
    PENDING,
    CALLING,
    CONTACTED,
    TRANSFERRED,
    CONVERTED,
    EXCLUDED,
    EXHAUSTED,
    /** A message campaign queued its message to the lead (what became of it: the message's status). */
    MESSAGED;

    public static MemberStatus fromCode(String code) {
        return Codes.parse(MemberStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
