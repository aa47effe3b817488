package io.switchboard.telephony;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A call was handed to a human agent (seed 003). */
public record CallTransferred(
        UUID organizationId, CallId callId, @Nullable UUID leadId, @Nullable UUID campaignId, Call.Transfer transfer)
        implements TenantEvent {}
