package io.switchboard.tenancy;

import io.switchboard.shared.Codes;

public enum ProjectStatus {
    ACTIVE,
    ON_HOLD,
    COMPLETED,
    ARCHIVED;

    public static ProjectStatus fromCode(String code) {
        return Codes.parse(ProjectStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
