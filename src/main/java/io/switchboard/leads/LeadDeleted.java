package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A lead was deleted (soft: it can be restored). */
public record LeadDeleted(UUID organizationId, LeadId leadId) implements TenantEvent {}
