package io.switchboard.conversations;

import io.switchboard.shared.TenantEvent;
import io.switchboard.telephony.CallId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of a call found that the person asked not to be called again. The number goes onto
 * the organization's do-not-call list once per call (source {@code transcript}); telephony itself
 * lists the requests a provider detects during the call ({@code CallerRequestedNoMoreCalls}).
 *
 * @param phone the other party's number, E.164 as the call has it
 */
public record DoNotCallRequested(UUID organizationId, CallId callId, @Nullable UUID leadId, String phone)
        implements TenantEvent {}
