package io.switchboard.compliance;

import io.switchboard.shared.Codes;

/**
 * Why {@link CallingGate} refuses a call. The codes are stable: campaigns record exclusions with
 * them and the API shows them. Listed in order of precedence: a decision's main reason is the first
 * that applies.
 */
public enum DecisionReason {
    /** The phone number is missing or not a valid number. Permanent. */
    INVALID_PHONE(false),
    /** The number is on the platform-wide do-not-call list. Permanent until removed there. */
    PLATFORM_DO_NOT_CALL(false),
    /** The number is on the organization's do-not-call list. Permanent until removed. */
    DO_NOT_CALL(false),
    /** The organization requires consent for AI calls and the lead has none recorded. */
    NO_CONSENT(false),
    /** Neither the lead nor its phone number gives a time zone, so the local time is unknown. */
    UNKNOWN_TIME_ZONE(false),
    /** It is one of the organization's holidays in the lead's local date. Passes with time. */
    HOLIDAY(true),
    /** Outside the calling window (time of day or day of week) in the lead's local time. */
    OUTSIDE_CALLING_WINDOW(true),
    /** Called too recently or too often: see {@link ContactFrequency}. Passes with time. */
    RECENTLY_CONTACTED(true);

    private final boolean timeBound;

    DecisionReason(boolean timeBound) {
        this.timeBound = timeBound;
    }

    /** Whether waiting cures it (the decision then says when). */
    public boolean timeBound() {
        return timeBound;
    }

    public static DecisionReason fromCode(String code) {
        return Codes.parse(DecisionReason.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
