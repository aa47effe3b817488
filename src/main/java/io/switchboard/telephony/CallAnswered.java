package io.switchboard.telephony;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone (or a voicemail) picked up. */
public record CallAnswered(
        UUID organizationId, CallId callId, @Nullable UUID leadId, @Nullable UUID campaignId, Instant answeredAt)
        implements TenantEvent {}
