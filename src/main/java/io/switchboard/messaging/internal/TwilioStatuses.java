package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessageStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's message statuses in ours, and a reason a person can read for its commonest error codes
 * (a status callback carries only the code).
 */
final class TwilioStatuses {

    private static final Map<String, MessageStatus> STATUSES = Map.of(
            "accepted", MessageStatus.SENDING,
            "scheduled", MessageStatus.SENDING,
            "queued", MessageStatus.SENDING,
            "sending", MessageStatus.SENDING,
            "sent", MessageStatus.SENT,
            "delivered", MessageStatus.DELIVERED,
            "read", MessageStatus.READ,
            "undelivered", MessageStatus.UNDELIVERED,
            "failed", MessageStatus.FAILED,
            "canceled", MessageStatus.FAILED);

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("21211", "Invalid 'To' phone number"),
            Map.entry("21408", "Sending to this region is not enabled on the account"),
            Map.entry("21610", "The recipient replied STOP to this sender"),
            Map.entry("21614", "The number is not a mobile number"),
            Map.entry("30001", "Queue overflow: too many messages at once"),
            Map.entry("30002", "The Twilio account is suspended"),
            Map.entry("30003", "Unreachable destination handset"),
            Map.entry("30004", "Message blocked by the recipient or the carrier"),
            Map.entry("30005", "Unknown destination handset"),
            Map.entry("30006", "Landline or unreachable carrier"),
            Map.entry("30007", "Filtered by the carrier as spam"),
            Map.entry("30008", "Unknown error from the carrier"),
            Map.entry("30034", "The sender number is not registered for A2P 10DLC"),
            Map.entry("63016", "Outside the WhatsApp 24-hour window: use an approved template"));

    private TwilioStatuses() {}

    /** Ours for Twilio's; empty for one that says nothing about delivery (received, partially_delivered). */
    static Optional<MessageStatus> status(String twilio) {
        return Optional.ofNullable(STATUSES.get(twilio.toLowerCase(Locale.ROOT)));
    }

    /** The message Twilio sent with the code, else ours for it, else the code's page. */
    static String reason(String code, @Nullable String message) {
        if (message != null && !message.isBlank()) {
            return message;
        }
        return REASONS.getOrDefault(
                code, "Twilio error " + code + " (https://www.twilio.com/docs/errors/" + code + ")");
    }
}
