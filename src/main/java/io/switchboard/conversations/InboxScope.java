package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** Whose analysed calls an inbox lists: the caller's own, or (managers) everyone's. */
public enum InboxScope {
    MINE,
    ALL;

    public static InboxScope fromCode(String code) {
        return Codes.parse(InboxScope.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
