package io.switchboard.messaging;

import io.switchboard.shared.Codes;

/** What about a lead raises an automatic alert to the team. */
public enum AlertEvent {
    /** Scoring moved the lead into the hot band. */
    LEAD_HOT,
    /** The lead replied to a message. */
    LEAD_REPLIED;

    public static AlertEvent fromCode(String code) {
        return Codes.parse(AlertEvent.class, code);
    }

    /** As people read it. */
    public String label() {
        return switch (this) {
            case LEAD_HOT -> "A lead turns hot";
            case LEAD_REPLIED -> "A lead replies to a message";
        };
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
