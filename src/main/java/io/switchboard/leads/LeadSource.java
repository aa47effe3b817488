package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** Where a lead came from. */
public enum LeadSource {
    MANUAL,
    CSV_UPLOAD,
    WEBSITE,
    REFERRAL,
    VENDOR,
    INBOUND_CALL,
    API;

    public static LeadSource fromCode(String code) {
        return Codes.parse(LeadSource.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
