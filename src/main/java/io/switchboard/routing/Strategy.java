package io.switchboard.routing;

import io.switchboard.shared.Codes;

/** How a queue picks the agent for a work (see {@link AssignmentPolicy}). */
public enum Strategy {
    ROUND_ROBIN,
    LEAST_BUSY,
    LONGEST_IDLE,
    SKILLS,
    SCORE_PRIORITY,
    WEIGHTED_RANDOM;

    public static Strategy fromCode(String code) {
        return Codes.parse(Strategy.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
