package io.switchboard.compliance;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A number went onto the organization's do-not-call list (one by one; imports publish one event). */
public record DoNotCallAdded(UUID organizationId, DncEntryId entryId, String phone, DncSource source)
        implements TenantEvent {}
