package io.switchboard.routing;

import io.switchboard.shared.Codes;

/** How an agent closed a work: what came of it, in the words a floor uses. */
public enum Disposition {
    INTERESTED("Interested"),
    CALLBACK("Call back"),
    NOT_INTERESTED("Not interested"),
    NO_ANSWER("No answer"),
    VOICEMAIL("Left a voicemail"),
    WRONG_NUMBER("Wrong number"),
    OTHER("Other");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Disposition fromCode(String code) {
        return Codes.parse(Disposition.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
