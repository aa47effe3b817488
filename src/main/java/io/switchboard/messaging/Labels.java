package io.switchboard.messaging;

/** Channel names as people read them. */
public final class Labels {

    private Labels() {}

    public static String of(Channel channel) {
        return switch (channel) {
            case EMAIL -> "E-mail";
            case SMS -> "SMS";
            case WHATSAPP -> "WhatsApp";
            case SLACK -> "Slack";
        };
    }
}
