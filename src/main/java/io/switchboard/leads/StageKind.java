package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** An open stage, or a terminal one: won or lost. */
public enum StageKind {
    OPEN,
    WON,
    LOST;

    public static StageKind fromCode(String code) {
        return Codes.parse(StageKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
