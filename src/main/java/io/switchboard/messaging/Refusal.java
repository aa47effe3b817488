package io.switchboard.messaging;

import io.switchboard.shared.Codes;

/** Why a message must not be sent: the stable code of the 409 answer, and a reason for people. */
public enum Refusal {
    OPTED_OUT("the recipient opted out of this channel"),
    NO_CONSENT("no consent in force for this channel and purpose"),
    DO_NOT_CONTACT("the number is on a do-not-call list"),
    QUIET_HOURS("outside the organization's messaging window in the lead's time zone"),
    OUTSIDE_WHATSAPP_WINDOW("free-form WhatsApp is allowed only within 24 hours of the lead's last message; use an"
            + " approved template"),
    TEMPLATE_NOT_APPROVED("the WhatsApp template is not approved");

    private final String reason;

    Refusal(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String code() {
        return Codes.of(this);
    }

    @Override
    public String toString() {
        return code();
    }
}
