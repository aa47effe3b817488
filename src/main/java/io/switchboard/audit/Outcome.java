package io.switchboard.audit;

import io.switchboard.shared.Codes;

/** How an audited action ended. */
public enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED;

    public static Outcome fromCode(String code) {
        return Codes.parse(Outcome.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
