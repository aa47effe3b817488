package io.switchboard.messaging;

import io.switchboard.compliance.ConsentChannel;
import io.switchboard.shared.Codes;
import org.jspecify.annotations.Nullable;

/** Where a message goes. Slack is internal: an alert about a lead to the team's channel. */
public enum Channel {
    EMAIL,
    SMS,
    WHATSAPP,
    SLACK;

    public static Channel fromCode(String code) {
        return Codes.parse(Channel.class, code);
    }

    /** The consent channel this one needs, none for internal Slack alerts. */
    public @Nullable ConsentChannel consent() {
        return switch (this) {
            case EMAIL -> ConsentChannel.EMAIL;
            case SMS -> ConsentChannel.SMS;
            case WHATSAPP -> ConsentChannel.WHATSAPP;
            case SLACK -> null;
        };
    }

    /** Whether a message on this channel goes to the lead (and so passes the lead's policy). */
    public boolean reachesLead() {
        return this != SLACK;
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
