package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** A CSV import's state. */
public enum ImportStatus {
    PREVIEWED,
    RUNNING,
    COMPLETED,
    FAILED,
    UNDONE;

    public static ImportStatus fromCode(String code) {
        return Codes.parse(ImportStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
