package io.switchboard.compliance;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A number was taken off the organization's do-not-call list: it may be called again. */
public record DoNotCallRemoved(UUID organizationId, DncEntryId entryId, String phone) implements TenantEvent {}
