package io.switchboard.compliance;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A CSV import added {@code added} numbers to the organization's do-not-call list. */
public record DoNotCallImported(UUID organizationId, DncImportId importId, int added) implements TenantEvent {}
