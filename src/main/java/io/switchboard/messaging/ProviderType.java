package io.switchboard.messaging;

import io.switchboard.shared.Codes;
import java.util.Set;

/** The kinds of messaging provider account, and the channels each one carries. */
public enum ProviderType {
    SIMULATED(Set.of(Channel.values())),
    SMTP(Set.of(Channel.EMAIL)),
    TWILIO(Set.of(Channel.SMS, Channel.WHATSAPP)),
    PLIVO(Set.of(Channel.SMS)),
    WHATSAPP_CLOUD(Set.of(Channel.WHATSAPP)),
    SLACK_WEBHOOK(Set.of(Channel.SLACK));

    private final Set<Channel> channels;

    ProviderType(Set<Channel> channels) {
        this.channels = channels;
    }

    public boolean carries(Channel channel) {
        return channels.contains(channel);
    }

    public static ProviderType fromCode(String code) {
        return Codes.parse(ProviderType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
