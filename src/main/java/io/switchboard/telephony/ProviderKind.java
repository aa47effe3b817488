package io.switchboard.telephony;

import io.switchboard.shared.Codes;

/** A voice provider Switchboard places calls through. */
public enum ProviderKind {
    SIMULATED,
    TWILIO,
    PLIVO,
    BOLNA,
    ASTERISK;

    public static ProviderKind fromCode(String code) {
        return Codes.parse(ProviderKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
