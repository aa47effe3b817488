package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** What the customer pushed back on. */
public enum ObjectionKind {
    PRICE,
    TIMING,
    AUTHORITY,
    NEED,
    TRUST,
    COMPETITOR;

    public static ObjectionKind fromCode(String code) {
        return Codes.parse(ObjectionKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
