package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;

/** A user's role changed. */
public record UserRoleChanged(UUID organizationId, UserId userId, Role previousRole, Role newRole, UserId changedBy)
        implements TenantEvent {}
