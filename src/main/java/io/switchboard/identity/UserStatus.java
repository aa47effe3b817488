package io.switchboard.identity;

import io.switchboard.shared.Codes;

public enum UserStatus {
    /** Created by an admin; becomes active when the invitation is accepted. */
    INVITED,
    ACTIVE,
    DEACTIVATED;

    public static UserStatus fromCode(String code) {
        return Codes.parse(UserStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
