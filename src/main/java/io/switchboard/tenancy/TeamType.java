package io.switchboard.tenancy;

import io.switchboard.shared.Codes;

/** Where a team sits in the hierarchy: departments hold teams, teams hold squads. */
public enum TeamType {
    DEPARTMENT,
    TEAM,
    SQUAD;

    public static TeamType fromCode(String code) {
        return Codes.parse(TeamType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
