package io.switchboard.messaging;

import io.switchboard.shared.Codes;

/**
 * A message's delivery status, and the rule that it only moves forward. Providers report out of
 * order (Twilio's {@code sent} may arrive after {@code delivered}) and twice: a report that would
 * move a message back, or out of a final failure, changes nothing. A failure after the message was
 * delivered changes nothing either; a {@code delivered} after a failure never hides the failure.
 */
public enum MessageStatus {
    SCHEDULED(0),
    QUEUED(1),
    SENDING(2),
    SENT(3),
    DELIVERED(4),
    READ(5),
    /** An inbound message, as received. */
    RECEIVED(9),
    FAILED(9),
    UNDELIVERED(9),
    /** No final status within the validity period (plus an hour). */
    EXPIRED(9);

    private final int rank;

    MessageStatus(int rank) {
        this.rank = rank;
    }

    /** Final: nothing a provider reports changes it any more. */
    public boolean isFinal() {
        return this == READ || rank == 9;
    }

    public boolean isFailure() {
        return this == FAILED || this == UNDELIVERED || this == EXPIRED;
    }

    /** Whether a report of {@code reported} moves a message that is at this status. */
    public boolean accepts(MessageStatus reported) {
        if (isFinal() || reported == RECEIVED || reported == SCHEDULED) {
            return false;
        }
        if (reported.isFailure()) {
            // once it reached the person, a failure report is about something else (a late retry)
            return this != DELIVERED && (reported != EXPIRED || rank <= SENT.rank);
        }
        return reported.rank > rank;
    }

    /** The status after a report: the reported one when accepted, else this one. */
    public MessageStatus after(MessageStatus reported) {
        return accepts(reported) ? reported : this;
    }

    public static MessageStatus fromCode(String code) {
        return Codes.parse(MessageStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
