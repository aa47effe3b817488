package io.switchboard.compliance;

import io.switchboard.shared.Codes;

/** What a consent lets Switchboard use to reach the lead: calls, or one messaging channel. */
public enum ConsentChannel {
    VOICE,
    EMAIL,
    SMS,
    WHATSAPP;

    public static ConsentChannel fromCode(String code) {
        return Codes.parse(ConsentChannel.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
