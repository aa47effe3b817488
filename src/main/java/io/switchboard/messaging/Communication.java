package io.switchboard.messaging;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a lead's conversation: a call or a message.
 *
 * @param type call or message
 * @param channel voice for a call, else the message's channel
 * @param text a message's body, or a call's outcome in words
 * @param durationSeconds a call's length
 * @param providerCode why a message failed, the provider's code
 * @param reason why a message failed, in words
 * @param deliveredAt when the provider reported a message delivered
 * @param readAt when the provider reported a message read
 * @param alert for an automatic alert to the team about the lead (not a message to the lead), its event
 */
public record Communication(
        UUID id,
        String type,
        String channel,
        String direction,
        String status,
        Instant at,
        @Nullable String text,
        @Nullable Integer durationSeconds,
        @Nullable String providerCode,
        @Nullable String reason,
        @Nullable Instant deliveredAt,
        @Nullable Instant readAt,
        @Nullable AlertEvent alert) {}
