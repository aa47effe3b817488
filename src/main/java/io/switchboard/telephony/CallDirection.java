package io.switchboard.telephony;

import io.switchboard.shared.Codes;

/** Whether Switchboard placed the call or received it. */
public enum CallDirection {
    OUTBOUND,
    INBOUND;

    public static CallDirection fromCode(String code) {
        return Codes.parse(CallDirection.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
