package io.switchboard.audit;

import io.switchboard.shared.Codes;

public enum SecurityEventKind {
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    REFRESH_TOKEN_REUSE,
    IP_DENIED,
    TWO_FACTOR_FAILED,
    PASSWORD_RESET_REQUESTED,
    WEBHOOK_SIGNATURE_INVALID;

    public static SecurityEventKind fromCode(String code) {
        return Codes.parse(SecurityEventKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
