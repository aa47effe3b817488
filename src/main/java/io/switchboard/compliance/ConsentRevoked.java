package io.switchboard.compliance;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.TenantEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead's consent was revoked; {@code stillConsented} tells whether another consent remains. */
public record ConsentRevoked(
        UUID organizationId, ConsentId consentId, LeadId leadId, @Nullable String reason, boolean stillConsented)
        implements TenantEvent {}
