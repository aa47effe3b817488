package io.switchboard.telephony;

import io.switchboard.shared.Money;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One call attempt (seeds 003 call_logs, 004 calls).
 *
 * @param providerCallId the provider's id for the call (Twilio CallSid, Plivo CallUUID, ARI channel id)
 * @param providerExecutionId the provider's run of its AI agent (Bolna execution id)
 * @param creditsUsed credits the organization was charged for the call
 */
public record Call(
        CallId id,
        CallDirection direction,
        ProviderKind provider,
        @Nullable String providerCallId,
        @Nullable String providerExecutionId,
        @Nullable String fromNumber,
        String toNumber,
        @Nullable PhoneNumberId phoneNumberId,
        @Nullable UUID leadId,
        @Nullable AiAgentId aiAgentId,
        @Nullable UUID userId,
        @Nullable UUID campaignId,
        @Nullable VoiceServerId voiceServerId,
        CallStatus status,
        Instant queuedAt,
        @Nullable Instant ringingAt,
        @Nullable Instant answeredAt,
        @Nullable Instant endedAt,
        @Nullable Integer durationSeconds,
        @Nullable String recordingUrl,
        @Nullable String hangupReason,
        @Nullable Money cost,
        long creditsUsed,
        @Nullable Transfer transfer,
        Map<String, Object> metadata,
        Instant createdAt,
        Instant updatedAt) {

    /** A hand-over to a human (seed 003): warm or cold, why, and to which department. */
    public record Transfer(
            TransferType type, @Nullable String reason, @Nullable String department, @Nullable String to, Instant at) {}
}
