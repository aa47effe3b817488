package io.switchboard.telephony;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call came in on one of the organization's numbers (its first provider event): the caller's
 * lead is found or created already.
 *
 * @param phoneNumberId the number called, when it is one of the organization's
 */
public record InboundCallReceived(
        UUID organizationId,
        CallId callId,
        @Nullable UUID leadId,
        @Nullable PhoneNumberId phoneNumberId,
        Instant receivedAt)
        implements TenantEvent {}
