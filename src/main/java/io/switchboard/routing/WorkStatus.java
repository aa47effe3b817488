package io.switchboard.routing;

import io.switchboard.shared.Codes;

/** waiting → offered → assigned → completed; a rejected or timed-out offer goes back to waiting. */
public enum WorkStatus {
    WAITING,
    OFFERED,
    ASSIGNED,
    COMPLETED,
    CANCELED;

    public static WorkStatus fromCode(String code) {
        return Codes.parse(WorkStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
