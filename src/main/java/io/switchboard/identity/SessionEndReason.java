package io.switchboard.identity;

import io.switchboard.shared.Codes;

/** Why a session ended (the {@code user_sessions.revoked_reason} codes). */
public enum SessionEndReason {
    /** The user signed out. */
    SIGN_OUT,
    /** A refresh token was used twice: it leaked, so its session ends. */
    TOKEN_REUSE,
    USER_DEACTIVATED,
    /** An admin ended it. */
    ADMIN,
    /** The password was reset or changed. */
    PASSWORD_RESET,
    /** The user ended it from another session. */
    USER_REVOKED;

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
