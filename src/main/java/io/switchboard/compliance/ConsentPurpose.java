package io.switchboard.compliance;

import io.switchboard.shared.Codes;

/** What the lead agreed to be contacted for. */
public enum ConsentPurpose {
    /** Calls placed by an AI voice agent (the ledger's first and default purpose). */
    AI_CALLS,
    MARKETING,
    /** Replies, reminders and confirmations about something the lead asked for. */
    TRANSACTIONAL;

    public static ConsentPurpose fromCode(String code) {
        return Codes.parse(ConsentPurpose.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
