package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** What a timeline entry records. */
public enum ActivityKind {
    CREATED,
    UPDATED,
    STATUS_CHANGED,
    STAGE_CHANGED,
    NOTE_ADDED,
    TASK_CREATED,
    TASK_COMPLETED,
    ASSIGNED,
    MERGED,
    DELETED,
    RESTORED,
    CALL,
    MESSAGE,
    SCORE_CHANGED,
    TEMPERATURE_CHANGED,
    IMPORTED_DUPLICATE,
    STAKEHOLDER_ADDED,
    TRANSFERRED;

    public static ActivityKind fromCode(String code) {
        return Codes.parse(ActivityKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
