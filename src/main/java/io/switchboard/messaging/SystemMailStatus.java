package io.switchboard.messaging;

import io.switchboard.shared.Codes;

/** Where a system mail stands (the CHECK of {@code messaging_system_mail.status}). */
public enum SystemMailStatus {
    QUEUED,
    SENT,
    FAILED;

    public static SystemMailStatus of(String code) {
        return Codes.parse(SystemMailStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
