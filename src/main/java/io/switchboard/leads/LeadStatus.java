package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** Where a lead is in its life: new until contacted, then qualified, and finally converted or lost. */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    CONVERTED,
    LOST;

    public static LeadStatus fromCode(String code) {
        return Codes.parse(LeadStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
