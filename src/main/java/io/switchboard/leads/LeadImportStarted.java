package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A previewed import was committed: its rows are about to become leads. */
public record LeadImportStarted(UUID organizationId, ImportId importId) implements TenantEvent {}
