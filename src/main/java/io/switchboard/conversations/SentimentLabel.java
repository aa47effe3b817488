package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** The customer's overall tone. */
public enum SentimentLabel {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    public static SentimentLabel fromCode(String code) {
        return Codes.parse(SentimentLabel.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
