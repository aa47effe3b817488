package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessageStatus;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * WhatsApp Cloud API statuses in ours, and a reason a person can read for the commonest error
 * codes (Meta's title for the rest). 131026 is a failure, never a delivery.
 */
final class WhatsAppStatuses {

    private static final Map<String, MessageStatus> STATUSES = Map.of(
            "sent", MessageStatus.SENT,
            "delivered", MessageStatus.DELIVERED,
            "read", MessageStatus.READ,
            "failed", MessageStatus.FAILED);

    private static final Map<String, String> REASONS = Map.of(
            "131026", "Message undeliverable: the number is not on WhatsApp or cannot receive it",
            "131047", "More than 24 hours since the lead last wrote: use an approved template",
            "131049", "Not delivered, to keep the lead's experience healthy (Meta's marketing limit)",
            "131050", "The lead stopped marketing messages from this business",
            "131051", "Unsupported message type",
            "132001", "The template does not exist in this language, or is not approved",
            "132000", "The number of template parameters does not match the template",
            "130429", "Meta's throughput limit was reached");

    private WhatsAppStatuses() {}

    /** Ours for Meta's; empty for one that says nothing about delivery (deleted, warning). */
    static Optional<MessageStatus> status(String whatsapp) {
        return Optional.ofNullable(STATUSES.get(whatsapp));
    }

    /** Ours for a known code, else Meta's title and details for it. */
    static String reason(String code, JsonNode error) {
        String known = REASONS.get(code);
        if (known != null) {
            return known;
        }
        String title = error.path("title").asString(error.path("message").asString("WhatsApp error " + code));
        String details = error.path("error_data").path("details").asString("");
        return ProviderFailures.truncate(details.isBlank() || title.contains(details) ? title : title + ": " + details);
    }
}
