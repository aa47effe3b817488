package io.switchboard.conversations;

import io.switchboard.shared.TenantEvent;
import io.switchboard.telephony.CallId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of a call found that the person asked not to be called again. The do-not-call list
 * (compliance) takes the number from here; telephony's {@code CallerRequestedNoMoreCalls} covers the
 * requests a provider detects during the call itself.
 *
 * @param phone the other party's number, E.164 as the call has it
 */
public record DoNotCallRequested(UUID organizationId, CallId callId, @Nullable UUID leadId, String phone)
        implements TenantEvent {}
