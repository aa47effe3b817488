package io.switchboard.identity;

import io.switchboard.tenancy.OrganizationId;
import java.util.Set;
import java.util.UUID;

/**
 * The caller of the current request.
 *
 * @param organizationId the organization the request acts in: the user's own, or for a platform
 *     super admin the one chosen with the organization switcher
 * @param homeOrganizationId the organization the user belongs to
 */
public record AuthenticatedUser(
        UserId id,
        OrganizationId organizationId,
        OrganizationId homeOrganizationId,
        String email,
        String name,
        Role role,
        Set<Permission> permissions,
        UUID sessionId) {

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isSuperAdmin() {
        return role == Role.SUPER_ADMIN;
    }

    public AuthenticatedUser actingIn(OrganizationId organization) {
        return new AuthenticatedUser(id, organization, homeOrganizationId, email, name, role, permissions, sessionId);
    }
}
