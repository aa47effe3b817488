package io.switchboard.routing;

import io.switchboard.shared.Codes;
import org.jspecify.annotations.Nullable;

/** How a work's visit to a queue ended: an agent answered it there, it overflowed on, its caller hung up. */
public enum VisitOutcome {
    ANSWERED,
    OVERFLOWED,
    ABANDONED;

    public static @Nullable VisitOutcome fromNullable(@Nullable String code) {
        return code == null ? null : Codes.parse(VisitOutcome.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
