package io.switchboard.analytics;

import io.switchboard.shared.Codes;

/**
 * What a rollup row is about: the whole organization, or one team, person, AI agent, calling campaign,
 * lead source, vendor, phone number or marketing campaign.
 */
public enum Dimension {
    ALL,
    TEAM,
    USER,
    AI_AGENT,
    CAMPAIGN,
    SOURCE,
    VENDOR,
    /** The organization's phone number a call was placed from or came in on. */
    NUMBER,
    /** The marketing campaign that brought the lead (for a call: its lead's). */
    MARKETING_CAMPAIGN;

    public static Dimension fromCode(String code) {
        return Codes.parse(Dimension.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
