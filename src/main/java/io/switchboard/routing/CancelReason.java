package io.switchboard.routing;

import io.switchboard.shared.Codes;

/** Why a work nobody accepted was closed. */
public enum CancelReason {
    /** The caller of a live call hung up while the work waited: the queue's abandoned work. */
    CALLER_HUNG_UP;

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
