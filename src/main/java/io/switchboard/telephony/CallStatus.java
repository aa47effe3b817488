package io.switchboard.telephony;

import io.switchboard.shared.Codes;

/**
 * Where a call is in its lifecycle. The rank orders the stages: a call only moves forward, and the
 * terminal statuses (rank 3) end it.
 */
public enum CallStatus {
    QUEUED(0),
    RINGING(1),
    IN_PROGRESS(2),
    COMPLETED(3),
    NO_ANSWER(3),
    BUSY(3),
    FAILED(3),
    VOICEMAIL(3),
    CANCELED(3);

    private final int rank;

    CallStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isTerminal() {
        return rank == 3;
    }

    /** Whether a person (not a machine) picked up. */
    public boolean isConversation() {
        return this == COMPLETED;
    }

    public static CallStatus fromCode(String code) {
        return Codes.parse(CallStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
