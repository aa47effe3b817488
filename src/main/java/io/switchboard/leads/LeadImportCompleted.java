package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A CSV import finished. */
public record LeadImportCompleted(UUID organizationId, ImportId importId, int imported, int duplicates, int invalid)
        implements TenantEvent {}
