package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** The order of a lead list: newest first (the default), or by score (ties newest first). */
public enum LeadSort {
    NEWEST,
    SCORE_DESC,
    SCORE_ASC;

    public static LeadSort fromCode(String code) {
        return Codes.parse(LeadSort.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
