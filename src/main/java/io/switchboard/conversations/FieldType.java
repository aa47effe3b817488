package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** What an extraction field pulls out of the customer's words. */
public enum FieldType {
    TEXT,
    NUMBER,
    MONEY,
    DATE;

    public static FieldType fromCode(String code) {
        return Codes.parse(FieldType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
