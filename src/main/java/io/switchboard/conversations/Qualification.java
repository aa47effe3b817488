package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** How ready the lead is to buy; {@code not_qualified} also covers voicemail, wrong numbers and do-not-call requests. */
public enum Qualification {
    HOT,
    WARM,
    COLD,
    NOT_QUALIFIED;

    public static Qualification fromCode(String code) {
        return Codes.parse(Qualification.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
