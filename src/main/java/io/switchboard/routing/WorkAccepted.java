package io.switchboard.routing;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agent accepted a work: for a lead, the lead's owner-to-be. */
public record WorkAccepted(UUID organizationId, WorkId workId, WorkKind kind, @Nullable UUID leadId, UserId agentId)
        implements TenantEvent {}
