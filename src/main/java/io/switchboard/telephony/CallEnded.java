package io.switchboard.telephony;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call reached its final status (published once per call, however often the provider repeats
 * itself).
 */
public record CallEnded(
        UUID organizationId,
        CallId callId,
        @Nullable UUID leadId,
        @Nullable UUID campaignId,
        @Nullable AiAgentId aiAgentId,
        CallDirection direction,
        CallStatus status,
        @Nullable Instant answeredAt,
        Instant endedAt,
        @Nullable Integer durationSeconds,
        boolean transferred,
        @Nullable String hangupReason)
        implements TenantEvent {}
