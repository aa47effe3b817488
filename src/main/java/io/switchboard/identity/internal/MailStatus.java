package io.switchboard.identity.internal;

import io.switchboard.shared.Codes;

/** Where a mail of the outbox stands (the CHECK of {@code mail_outbox.status}). */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED;

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
