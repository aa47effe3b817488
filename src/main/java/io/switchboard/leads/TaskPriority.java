package io.switchboard.leads;

import io.switchboard.shared.Codes;

/** How urgent a task is. */
public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH,
    CRITICAL;

    public static TaskPriority fromCode(String code) {
        return Codes.parse(TaskPriority.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
