package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** The type of a custom lead field. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    SELECT;

    public static FieldType fromCode(String code) {
        return Codes.parse(FieldType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
