package io.switchboard.campaigns;

import io.switchboard.messaging.Channel;
import io.switchboard.shared.Codes;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign does with its members: calls them (an AI voice agent, or a team of people), or
 * sends each one a template by SMS, e-mail or WhatsApp through messaging.
 */
public enum CampaignType {
    AI_CALLING,
    HUMAN_CALLING,
    SMS,
    EMAIL,
    WHATSAPP;

    public static CampaignType fromCode(String code) {
        return Codes.parse(CampaignType.class, code);
    }

    /** The channel a message campaign sends on; null for a calling campaign. */
    public @Nullable Channel channel() {
        return switch (this) {
            case SMS -> Channel.SMS;
            case EMAIL -> Channel.EMAIL;
            case WHATSAPP -> Channel.WHATSAPP;
            case AI_CALLING, HUMAN_CALLING -> null;
        };
    }

    public boolean messages() {
        return channel() != null;
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
