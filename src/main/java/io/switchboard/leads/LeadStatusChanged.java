package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead's status changed. */
public record LeadStatusChanged(
        UUID organizationId, LeadId leadId, LeadStatus from, LeadStatus to, @Nullable UUID actorId)
        implements TenantEvent {}
