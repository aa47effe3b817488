package io.switchboard.messaging;

import io.switchboard.shared.Codes;

/** A template's approval (WhatsApp's review); templates of other channels are approved at once. */
public enum Approval {
    PENDING,
    APPROVED,
    REJECTED;

    public static Approval fromCode(String code) {
        return Codes.parse(Approval.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
