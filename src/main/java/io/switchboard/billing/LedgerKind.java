package io.switchboard.billing;

import io.switchboard.shared.Codes;

/** What moved credit. */
public enum LedgerKind {
    /** Credit bought or granted: the available balance grows. */
    TOP_UP,
    /** Credit reserved for a call in flight: available shrinks, held grows by as much. */
    HOLD,
    /** A call ended: its hold is charged (duration × rate, per started minute) and the rest returned. */
    SETTLEMENT,
    /** A call that was not answered (or never placed) returns its whole hold. */
    RELEASE,
    /** A settled call's charge given back. */
    REFUND,
    /** A correction by the platform operator, either way. */
    ADJUSTMENT,
    /** A new organization's starting credit, given once (switchboard.billing.starting-grant-minutes). */
    STARTING_GRANT;

    public static LedgerKind fromCode(String code) {
        return Codes.parse(LedgerKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
