package io.switchboard.analytics;

import io.switchboard.shared.Codes;

/** What a rollup row is about: the whole organization, or one team, person, agent, campaign, source or vendor. */
public enum Dimension {
    ALL,
    TEAM,
    USER,
    AI_AGENT,
    CAMPAIGN,
    SOURCE,
    VENDOR;

    public static Dimension fromCode(String code) {
        return Codes.parse(Dimension.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
