package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** Two leads became one; the merged one is kept, deleted, pointing at the survivor. */
public record LeadsMerged(UUID organizationId, LeadId survivorId, LeadId mergedId) implements TenantEvent {}
