package io.switchboard.telephony;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The provider reported, during a call, that the person asked not to be called again (a keypad
 * opt-out or the AI agent's own detection).
 */
public record CallerRequestedNoMoreCalls(UUID organizationId, CallId callId, @Nullable UUID leadId, String phone)
        implements TenantEvent {}
