package io.switchboard.telephony.internal.webhooks;

import io.switchboard.telephony.ProviderKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider webhook event as stored: {@code pending} until applied (or while waiting for a retry,
 * with the last error), {@code processed}, or {@code failed} after the last attempt. The payload is
 * not shown: it may carry callers' numbers and transcripts.
 */
public record ReceivedWebhook(
        UUID id,
        ProviderKind provider,
        String eventKey,
        Instant receivedAt,
        String status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant processedAt,
        @Nullable String lastError,
        @Nullable UUID callId) {}
