package io.switchboard.messaging;

import io.switchboard.shared.InvalidInput;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One automatic alert an organization wants: on {@code event}, a message about the lead to the
 * team through the channel's provider account — Slack (the account's channel) or e-mail (to
 * {@code recipient}, an address of the team: never the lead).
 *
 * @param recipient the e-mail address for an e-mail alert; none for Slack
 */
public record AlertRule(AlertEvent event, Channel channel, @Nullable String recipient) {

    static final int MAX_ADDRESS = 320;

    public AlertRule {
        if (channel != Channel.SLACK && channel != Channel.EMAIL) {
            throw new InvalidInput("channel", "invalid_alert_channel", "alerts go to slack or email, not " + channel);
        }
        if (channel == Channel.SLACK) {
            if (recipient != null && !recipient.isBlank()) {
                throw new InvalidInput(
                        "recipient",
                        "invalid_alert_recipient",
                        "a Slack alert goes to the Slack account's channel; leave recipient out");
            }
            recipient = null;
        } else {
            recipient = address(recipient);
        }
    }

    private static String address(@Nullable String recipient) {
        String clean = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InvalidInput(
                    "recipient", "invalid_alert_recipient", "an e-mail alert needs the address to go to");
        }
        if (clean.length() > MAX_ADDRESS || !clean.matches("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+")) {
            throw new InvalidInput("recipient", "invalid_alert_recipient", "is not an e-mail address");
        }
        return clean;
    }
}
