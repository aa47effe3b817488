package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** A task's state; overdue is set by a job when the due time passes. */
public enum TaskStatus {
    PENDING,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE,
    CANCELED;

    public static TaskStatus fromCode(String code) {
        return Codes.parse(TaskStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
