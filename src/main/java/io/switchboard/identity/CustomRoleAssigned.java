package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user was given a custom role, or with a {@code null} role returned to their built-in role: their
 * permissions changed, possibly shrank.
 */
public record CustomRoleAssigned(UUID organizationId, UserId userId, @Nullable CustomRoleId roleId, UserId assignedBy)
        implements TenantEvent {}
