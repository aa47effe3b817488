package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** What a note records. */
public enum NoteType {
    GENERAL,
    MEETING,
    CALL,
    RESEARCH,
    REMINDER;

    public static NoteType fromCode(String code) {
        return Codes.parse(NoteType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
