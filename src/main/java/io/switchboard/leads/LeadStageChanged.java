package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead moved to another pipeline stage. */
public record LeadStageChanged(
        UUID organizationId, LeadId leadId, @Nullable StageId from, StageId to, StageKind kind, @Nullable UUID actorId)
        implements TenantEvent {}
