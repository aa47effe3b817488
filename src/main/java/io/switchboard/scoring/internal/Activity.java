package io.switchboard.scoring.internal;

import io.switchboard.shared.Codes;

/**
 * The activity of a lead that rules count ({@code {"event": "call_answered", …}}), recorded once
 * per source event from telephony, conversations and leads.
 */
public enum Activity {
    CALL_ANSWERED,
    CALL_TRANSFERRED,
    CALL_COMPLETED,
    CALL_NO_ANSWER,
    CALL_BUSY,
    CALL_VOICEMAIL,
    CALL_FAILED,
    ANALYSIS_HOT,
    ANALYSIS_WARM,
    ANALYSIS_COLD,
    ANALYSIS_NOT_QUALIFIED,
    TASK_COMPLETED;

    /** One of these per call that ended (answered and transferred come on top). */
    public boolean endsCall() {
        return name().startsWith("CALL_") && this != CALL_ANSWERED && this != CALL_TRANSFERRED;
    }

    public static Activity fromCode(String code) {
        return Codes.parse(Activity.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
