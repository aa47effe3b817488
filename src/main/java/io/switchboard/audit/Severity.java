package io.switchboard.audit;

import io.switchboard.shared.Codes;

public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public static Severity fromCode(String code) {
        return Codes.parse(Severity.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
