package io.switchboard.messaging;

import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message to or from a lead, with every status its provider reported.
 *
 * @param direction outbound (sent by Switchboard) or inbound (a reply)
 * @param providerMessageId the provider's id for it, once handed over
 * @param providerCode the provider's error code when it failed
 * @param reason why it failed, or why it still waits, in words
 * @param waitsUntil the send slot it waited for under its account's rate limit (null: it went at once)
 * @param alert for an automatic alert to the team about the lead, the event that raised it
 */
public record Message(
        MessageId id,
        LeadId leadId,
        Channel channel,
        String direction,
        ProviderType provider,
        MessageStatus status,
        @Nullable String providerMessageId,
        @Nullable TemplateId templateId,
        @Nullable Integer templateVersion,
        @Nullable String subject,
        String body,
        @Nullable String providerCode,
        @Nullable String reason,
        @Nullable Instant sendAt,
        @Nullable Instant sentAt,
        @Nullable Instant waitsUntil,
        Instant createdAt,
        List<Event> events,
        @Nullable AlertEvent alert) {

    /**
     * A status a provider reported.
     *
     * @param applied whether it moved the message (a late or repeated report does not)
     */
    public record Event(
            MessageStatus status,
            boolean applied,
            @Nullable String providerCode,
            @Nullable String reason,
            Instant at) {}
}
