package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead was captured (by hand, API, intake, import or an inbound call). */
public record LeadCreated(UUID organizationId, LeadId leadId, String name, LeadSource source, @Nullable UserId ownerId)
        implements TenantEvent {}
