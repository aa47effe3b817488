package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.Set;
import java.util.UUID;

/** A custom role's permissions changed; every holder has the new ones at once. */
public record CustomRolePermissionsChanged(
        UUID organizationId, CustomRoleId roleId, Set<Permission> permissions, UserId changedBy)
        implements TenantEvent {}
