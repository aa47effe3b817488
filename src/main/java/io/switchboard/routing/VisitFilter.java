package io.switchboard.routing;

import io.switchboard.shared.Codes;
import io.switchboard.shared.InvalidInput;
import java.util.Locale;

/**
 * Which of a queue's visits of a day a list holds, one per figure of the queue's day: all that
 * entered it (offered), answered there, overflowed on, answered within the SLA, abandoned by their
 * caller, and what waits there now (not accepted yet, whatever day it entered).
 */
public enum VisitFilter {
    OFFERED,
    ANSWERED,
    OVERFLOWED,
    WITHIN_SLA,
    ABANDONED,
    WAITING;

    /** @throws InvalidInput naming the allowed values */
    public static VisitFilter parse(String code) {
        for (VisitFilter f : values()) {
            if (f.toString().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new InvalidInput("outcome", "invalid_outcome", "must be one of " + Codes.allowed(VisitFilter.class));
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
